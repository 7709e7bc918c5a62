package org.haven.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByArticleIdOrderByNumberDesc(long articleId);

	/**
	 * The newest revision alone (an article saved often has hundreds, each a whole file).
	 */
	Optional<Revision> findFirstByArticleIdOrderByNumberDesc(long articleId);

	@Query("select coalesce(max(r.number), 0) from Revision r where r.articleId = :articleId")
	int lastNumber(long articleId);

	/** The hash of the newest revision's source, without loading the source. */
	@Query("select r.contentHash from Revision r where r.articleId = :articleId and r.number = "
			+ "(select max(n.number) from Revision n where n.articleId = :articleId)")
	Optional<String> lastContentHash(long articleId);

	Optional<Revision> findByArticleIdAndNumber(long articleId, int number);

	long countByArticleId(long articleId);

	List<Revision> findTop10ByOrderByCreatedAtDescIdDesc();

}
