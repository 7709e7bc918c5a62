package org.haven.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.article.EventOrigin;
import org.haven.common.AppearanceChosen;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.theme.ThemeException;
import org.haven.theme.ThemeRegistry;
import org.haven.theme.ThemeSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's choice of reader theme and of its settings, kept in the database so it
 * outlives a restart, and applied to the theme registry when the application starts
 * (before the web server opens) and whenever an admin changes it. Configuration
 * ({@code haven.theme.active}, {@code haven.theme.settings.*}) is the starting point; an
 * admin's choice wins over it.
 */
@Service
class Appearance implements SmartInitializingSingleton {

	static final String ACTIVE_THEME = "theme.active";

	static final String SETTING = "theme.setting.";

	private static final Logger log = LoggerFactory.getLogger(Appearance.class);

	private final ThemeRegistry themes;

	private final SiteSettingRepository settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Appearance(ThemeRegistry themes, SiteSettingRepository settings, Clock clock, ApplicationEventPublisher events) {
		this.themes = themes;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Applies the stored choice. A stored theme that no longer loads is reported and the
	 * configured one stays.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		applyStored();
	}

	void applyStored() {
		settings.findById(ACTIVE_THEME).map(SiteSetting::getValue).ifPresent(name -> {
			if (themes.theme(name).isEmpty()) {
				themes.reload(); // added to the shared themes folder since this node
									// started
			}
			try {
				themes.activate(name);
			}
			catch (ThemeException ex) {
				log.warn("The theme an admin chose cannot be used, keeping '{}': {}", themes.active().name(),
						ex.getMessage());
			}
		});
		themes.chooseSettings(storedValues());
	}

	@Transactional
	void activate(String name, String by) {
		themes.reload();
		try {
			themes.activate(name);
		}
		catch (ThemeException ex) {
			throw new DraftRejected(List.of(new DraftProblem("theme", ex.getMessage())));
		}
		store(ACTIVE_THEME, name, by);
		events.publishEvent(new AppearanceChosen());
	}

	/**
	 * Checks every value against its setting's type and stores them all, or none: a
	 * refusal lists each problem by field. Settings left at their default are not stored,
	 * so a new default in the theme reaches them.
	 */
	@Transactional
	void chooseSettings(Map<String, String> values, String by) {
		Map<String, ThemeSetting> declared = themes.declaredSettings();
		List<DraftProblem> problems = new ArrayList<>();
		declared.forEach((key, setting) -> {
			String value = valueFor(setting, values);
			setting.problemWith(value)
				.ifPresent(p -> problems
					.add(new DraftProblem("setting-" + key, setting.label() + ": “" + value + "” will not do. " + p)));
		});
		if (!problems.isEmpty()) {
			throw new DraftRejected(problems);
		}
		declared.forEach((key, setting) -> {
			String value = valueFor(setting, values);
			if (value.equals(setting.defaultValue())) {
				settings.deleteById(SETTING + key);
			}
			else {
				store(SETTING + key, value, by);
			}
		});
		themes.chooseSettings(storedValues());
		events.publishEvent(new AppearanceChosen());
	}

	@Transactional
	void resetSettings() {
		settings.deleteAll(settings.findByNameStartingWith(SETTING));
		themes.chooseSettings(Map.of());
		events.publishEvent(new AppearanceChosen());
	}

	/**
	 * Another node stored a new choice (this node applied its own as it stored it).
	 */
	@EventListener
	void on(AppearanceChosen event) {
		if (EventOrigin.remote()) {
			applyStored();
		}
	}

	/** When the theme was last chosen, and by whom, if an admin ever did. */
	Optional<SiteSetting> lastThemeChoice() {
		return settings.findById(ACTIVE_THEME);
	}

	/**
	 * A checkbox that is not ticked sends nothing, which for a boolean setting means
	 * "false".
	 */
	private static String valueFor(ThemeSetting setting, Map<String, String> values) {
		String value = values.get(setting.key());
		if (value == null) {
			return setting.type().equals("boolean") ? "false" : setting.defaultValue();
		}
		return value.strip();
	}

	private Map<String, String> storedValues() {
		Map<String, String> values = new LinkedHashMap<>();
		settings.findByNameStartingWith(SETTING)
			.forEach(s -> values.put(s.getName().substring(SETTING.length()), s.getValue()));
		return values;
	}

	private void store(String name, String value, String by) {
		SiteSetting setting = settings.findById(name).orElseGet(() -> new SiteSetting(name));
		setting.set(value, clock.instant(), by);
		settings.save(setting);
	}

}
