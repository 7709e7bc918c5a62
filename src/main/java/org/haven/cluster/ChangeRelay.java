package org.haven.cluster;

import java.time.Clock;

import org.haven.article.ArticleEvent;
import org.haven.article.EventOrigin;
import org.haven.article.SiteContentChanged;
import org.haven.comment.CommentSettingsChanged;
import org.haven.comment.CommentsChanged;
import org.haven.common.AppearanceChosen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other nodes about each change made on this one: once the change is committed,
 * a row in the event table and a notification, in a transaction of their own (the
 * change's own has ended). Events replayed from another node are not sent on.
 */
class ChangeRelay {

	private static final Logger log = LoggerFactory.getLogger(ChangeRelay.class);

	private final ChangeLog changes;

	private final TransactionTemplate requiresNew;

	private final String node;

	private final Clock clock;

	ChangeRelay(ChangeLog changes, TransactionTemplate requiresNew, String node, Clock clock) {
		this.changes = changes;
		this.requiresNew = requiresNew;
		this.node = node;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleEvent event) {
		relay(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SiteContentChanged event) {
		relay(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CommentsChanged event) {
		relay(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CommentSettingsChanged event) {
		relay(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AppearanceChosen event) {
		relay(event);
	}

	private void relay(Object event) {
		Change change = Change.of(event);
		if (change == null || EventOrigin.remote()) {
			return;
		}
		try {
			requiresNew.executeWithoutResult(status -> changes.append(node, change, clock.instant()));
		}
		catch (RuntimeException ex) {
			// the change is committed, but other nodes keep showing the old state until
			// they restart
			log.error("Could not tell other nodes about {}: {}", event, ex.getMessage());
		}
	}

}
