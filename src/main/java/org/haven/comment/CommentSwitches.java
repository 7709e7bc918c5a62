package org.haven.comment;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category and article comment switches. Each is on, off, or absent: an absent
 * article switch follows its category, an absent category switch follows the site. Every
 * change, back to "follow" included, publishes {@link CommentSettingsChanged} so cached
 * pages show it.
 */
@Component
public class CommentSwitches {

	private final CommentSwitchRepository switches;

	private final CommentSettings settings;

	private final ApplicationEventPublisher events;

	CommentSwitches(CommentSwitchRepository switches, CommentSettings settings, ApplicationEventPublisher events) {
		this.switches = switches;
		this.settings = settings;
		this.events = events;
	}

	/** Null when nothing was said for this category. */
	@Transactional(readOnly = true)
	public @Nullable Boolean category(@Nullable String categorySlug) {
		if (categorySlug == null || categorySlug.isBlank()) {
			return null;
		}
		return switches.findById(new CommentSwitch.Key(CommentSwitch.CATEGORY, categorySlug))
			.map(CommentSwitch::isEnabled)
			.orElse(null);
	}

	/** Null when nothing was said for this article. */
	@Transactional(readOnly = true)
	public @Nullable Boolean article(long articleId) {
		return switches.findById(new CommentSwitch.Key(CommentSwitch.ARTICLE, Long.toString(articleId)))
			.map(CommentSwitch::isEnabled)
			.orElse(null);
	}

	@Transactional(readOnly = true)
	public CommentSwitchState categoryState(String categorySlug) {
		boolean site = settings.current().enabled();
		return new CommentSwitchState(CommentSwitchChoice.of(category(categorySlug)), site, site);
	}

	@Transactional(readOnly = true)
	public CommentSwitchState articleState(long articleId, @Nullable String categorySlug) {
		boolean site = settings.current().enabled();
		return new CommentSwitchState(CommentSwitchChoice.of(article(articleId)), site && categoryOn(categorySlug),
				site);
	}

	/**
	 * Whether the switches let an article take comments, the site switch aside: its own,
	 * else its category's, else on.
	 */
	boolean articleOn(long articleId, @Nullable String categorySlug) {
		Boolean own = article(articleId);
		return own != null ? own : categoryOn(categorySlug);
	}

	private boolean categoryOn(@Nullable String categorySlug) {
		Boolean category = category(categorySlug);
		return category == null || category;
	}

	@Transactional
	public void switchCategory(String categorySlug, CommentSwitchChoice choice) {
		switchOne(CommentSwitch.CATEGORY, categorySlug, choice);
	}

	@Transactional
	public void switchArticle(long articleId, CommentSwitchChoice choice) {
		switchOne(CommentSwitch.ARTICLE, Long.toString(articleId), choice);
	}

	private void switchOne(String scope, String target, CommentSwitchChoice choice) {
		CommentSwitch.Key key = new CommentSwitch.Key(scope, target);
		if (choice == CommentSwitchChoice.FOLLOW) {
			switches.deleteById(key);
		}
		else {
			boolean enabled = choice == CommentSwitchChoice.ON;
			switches.findById(key)
				.ifPresentOrElse(found -> found.setEnabled(enabled),
						() -> switches.save(new CommentSwitch(scope, target, enabled)));
		}
		events.publishEvent(new CommentSettingsChanged());
	}

}
