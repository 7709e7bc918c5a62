package org.haven.comment;

import java.time.Clock;
import java.time.Duration;

import org.haven.article.ArticleCard;
import org.springframework.stereotype.Component;

/**
 * Whether an article takes comments: the site switch, then an article's own switch, then
 * its category's, and in any case not after {@code closeAfterDays} from publishing.
 */
@Component
public class CommentsOpen {

	private final CommentSettings settings;

	private final CommentSwitches switches;

	private final Clock clock;

	CommentsOpen(CommentSettings settings, CommentSwitches switches, Clock clock) {
		this.settings = settings;
		this.switches = switches;
		this.clock = clock;
	}

	/** Comments are shown at all for this article (open or closed). */
	public boolean shown(ArticleCard article) {
		ModerationSettings current = settings.current();
		return current.enabled() && switchedOn(article);
	}

	/** New comments are taken. */
	public boolean open(ArticleCard article) {
		ModerationSettings current = settings.current();
		if (!current.enabled() || !switchedOn(article)) {
			return false;
		}
		return current.closeAfterDays() == 0
				|| article.publishedAt().plus(Duration.ofDays(current.closeAfterDays())).isAfter(clock.instant());
	}

	private boolean switchedOn(ArticleCard article) {
		return switches.articleOn(article.id(), article.categorySlug());
	}

}
