package org.haven.mail;

import java.util.Locale;
import java.util.Map;

import org.haven.care.HelpDirectory;
import org.haven.care.HelpService;
import org.haven.config.SiteProperties;
import org.haven.theme.ThemeChanged;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders a mail from the active theme: {@code templates/<name>.html} and
 * {@code templates/<name>.txt} become the two parts, and the HTML's {@code <title>} (or
 * the model's {@code subject}) the subject. Templates get the model, {@code site}
 * ({@link MailSite}) and the site's language for {@code #{key}} words.
 */
@Component
public class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final SiteProperties site;

	private final HelpDirectory help;

	private final MessageSource messages;

	MailTemplates(ThemeRegistry registry, ThemeProperties themes, SiteProperties site, MessageSource messages,
			HelpDirectory help) {
		this.site = site;
		this.help = help;
		this.messages = messages;
		engine.setTemplateResolver(new ThemeMailResolver(registry, themes.cache()));
		engine.setTemplateEngineMessageSource(messages);
	}

	/**
	 * @param name a template under {@code templates/}, e.g. {@code email/post}
	 * @param subject the subject line (already in the site's language)
	 */
	public MailMessage render(String name, String subject, Map<String, Object> model) {
		Context context = new Context(locale(), model);
		context.setVariable("site", mailSite());
		context.setVariable("subject", subject);
		String html = engine.process(name + ".html", context);
		String text = engine.process(name + ".txt", context);
		return new MailMessage(subject, text.strip() + "\n", html);
	}

	/**
	 * A word from the theme's bundles in the site's language (subjects, parts of a
	 * model).
	 */
	public String message(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

	public Locale locale() {
		return site.locale();
	}

	MailSite mailSite() {
		// the crisis footer names the region's main service, as feed items do, and links
		// to /help
		HelpService main = help.mainService();
		String crisisText = messages.getMessage("feed.crisis", new Object[] { main.name(), main.number() },
				"If you need help now, contact " + main.name() + " on " + main.number() + ". More support:", locale());
		String helpPage = site.absolute(HelpDirectory.PAGE);
		return new MailSite(site.title(), site.absolute("/"), site.language(), crisisText, helpPage, helpPage);
	}

	@EventListener
	void on(ThemeChanged event) {
		engine.clearTemplateCache();
	}

}
