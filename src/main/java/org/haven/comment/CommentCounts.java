package org.haven.comment;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Published comments per article, for cards and bylines: one grouped query, kept in
 * memory and read again whenever comments change, so a page render costs a map lookup.
 */
@Component
public class CommentCounts {

	private final CommentRepository comments;

	private volatile Map<Long, Integer> counts;

	CommentCounts(CommentRepository comments) {
		this.comments = comments;
	}

	public int of(long articleId) {
		Map<Long, Integer> current = counts;
		if (current == null) {
			current = reload();
		}
		return current.getOrDefault(articleId, 0);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CommentsChanged event) {
		counts = null;
	}

	@Transactional(readOnly = true)
	Map<Long, Integer> reload() {
		Map<Long, Integer> fresh = new HashMap<>();
		for (Object[] row : comments.approvedCounts()) {
			fresh.put((Long) row[0], ((Number) row[1]).intValue());
		}
		counts = fresh;
		return fresh;
	}

}
