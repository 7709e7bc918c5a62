package org.haven.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

	Optional<Comment> findByOrigin(String origin);

	List<Comment> findByArticleIdAndStatusOrderByCreatedAtAscIdAsc(long articleId, CommentStatus status);

	List<Comment> findByStatusOrderByCreatedAtDescIdDesc(CommentStatus status, Pageable page);

	List<Comment> findByArticleIdAndStatusOrderByCreatedAtDescIdDesc(long articleId, CommentStatus status,
			Pageable page);

	/** The moderation queue: crisis holds first, then the oldest waiting. */
	@Query("select c from Comment c where c.status = :status order by c.crisis desc, c.createdAt asc, c.id asc")
	List<Comment> queue(CommentStatus status, Pageable page);

	long countByStatus(CommentStatus status);

	long countByStatusAndCrisisTrue(CommentStatus status);

	@Query("select c.articleId, count(c) from Comment c where c.status = org.haven.comment.CommentStatus.APPROVED group by c.articleId")
	List<Object[]> approvedCounts();

	boolean existsByEmailHashAndStatus(String emailHash, CommentStatus status);

	List<Comment> findByEmailHashOrderByCreatedAtAsc(String emailHash);

	boolean existsByArticleIdAndBodyMarkdownAndCreatedAtAfter(long articleId, String bodyMarkdown, Instant after);

	List<Comment> findByParentIdIn(Collection<Long> ids);

	long countByStatusAndCreatedAtAfter(CommentStatus status, Instant after);

	/** Comments in a status created in the window (after, upTo], oldest first. */
	@Query("select c from Comment c where c.status = :status and c.createdAt > :after and c.createdAt <= :upTo"
			+ " order by c.createdAt asc, c.id asc")
	List<Comment> createdIn(CommentStatus status, Instant after, Instant upTo);

}
