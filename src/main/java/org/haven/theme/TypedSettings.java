package org.haven.theme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Theme settings as templates get them: a {@link Boolean}, an {@link Integer} or a
 * {@link ThemeColor} for a setting of that type, text otherwise. A value that does not
 * fit its type is logged and the default is used instead.
 */
final class TypedSettings {

	private static final Logger log = LoggerFactory.getLogger(TypedSettings.class);

	private TypedSettings() {
	}

	static Map<String, Object> of(Map<String, ThemeSetting> declared, Map<String, String> values) {
		Map<String, Object> typed = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			ThemeSetting setting = declared.get(key);
			typed.put(key, setting == null ? value : setting.valueOf(value).orElseGet(() -> {
				log.warn("Theme setting '{}' = '{}' will not do ({}); using the default '{}'", key, value,
						setting.problemWith(value).orElse(""), setting.defaultValue());
				return setting.valueOf(setting.defaultValue()).orElseThrow();
			}));
		});
		return Collections.unmodifiableMap(typed);
	}

}
