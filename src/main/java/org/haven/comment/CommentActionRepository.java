package org.haven.comment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentActionRepository extends JpaRepository<CommentAction, Long> {

	List<CommentAction> findByCommentIdInOrderByActedAtAscIdAsc(Collection<Long> commentIds);

	void deleteByCommentIdIn(Collection<Long> commentIds);

}
