package org.haven.comment;

import java.util.HashMap;
import java.util.Map;

import org.haven.common.KeptValue;
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

	/** Every switch that says something: few, and read by every article page. */
	private final KeptValue<Map<CommentSwitch.Key, Boolean>> kept;

	CommentSwitches(CommentSwitchRepository switches, CommentSettings settings, ApplicationEventPublisher events) {
		this.switches = switches;
		this.settings = settings;
		this.events = events;
		this.kept = settings.keptUntilChanged(this::read);
	}

	private Map<CommentSwitch.Key, Boolean> read() {
		Map<CommentSwitch.Key, Boolean> all = new HashMap<>();
		switches.findAll()
			.forEach(found -> all.put(new CommentSwitch.Key(found.getScope(), found.getTarget()), found.isEnabled()));
		return Map.copyOf(all);
	}

	/** Null when nothing was said for this category. */
	public @Nullable Boolean category(@Nullable String categorySlug) {
		if (categorySlug == null || categorySlug.isBlank()) {
			return null;
		}
		return kept.get().get(new CommentSwitch.Key(CommentSwitch.CATEGORY, categorySlug));
	}

	/** Null when nothing was said for this article. */
	public @Nullable Boolean article(long articleId) {
		return kept.get().get(new CommentSwitch.Key(CommentSwitch.ARTICLE, Long.toString(articleId)));
	}

	public CommentSwitchState categoryState(String categorySlug) {
		boolean site = settings.current().enabled();
		return new CommentSwitchState(CommentSwitchChoice.of(category(categorySlug)), site, site);
	}

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
