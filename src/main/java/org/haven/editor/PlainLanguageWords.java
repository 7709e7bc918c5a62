package org.haven.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plain-language panel's words in the site's language
 * ({@code admin-i18n/plain-language*.properties}; English when the language has none).
 */
final class PlainLanguageWords {

	private final ResourceBundle bundle;

	private final Locale locale;

	PlainLanguageWords(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("admin-i18n/plain-language", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public String get(String key, Object... arguments) {
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}

}
