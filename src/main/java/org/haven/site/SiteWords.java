package org.haven.site;

import org.haven.config.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words controllers put into page models (headings, descriptions), from the active
 * theme's bundles in the site's language.
 */
@Component
class SiteWords {

	private final MessageSource messages;

	private final SiteProperties site;

	SiteWords(MessageSource messages, SiteProperties site) {
		this.messages = messages;
		this.site = site;
	}

	String of(String key, Object... args) {
		return messages.getMessage(key, args, site.locale());
	}

}
