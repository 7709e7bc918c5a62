package org.haven.theme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Plugs the theme resolver into Boot's Thymeleaf engine, and drops parsed templates when
 * the theme changes.
 */
@Configuration(proxyBeanMethods = false)
class ThemeConfiguration {

	@Bean
	ThemeTemplateResolver themeTemplateResolver(ThemeRegistry registry, ThemeProperties properties) {
		return new ThemeTemplateResolver(registry, properties.cache());
	}

	/**
	 * Named {@code messageSource}, so the application context, Thymeleaf's {@code #{...}}
	 * and every {@code MessageSource} user get the active theme's words.
	 */
	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	ThemeMessageSource messageSource(ObjectProvider<ThemeRegistry> registry, ThemeProperties properties) {
		return new ThemeMessageSource(() -> registry.getObject().active(), properties.cache());
	}

	@Bean
	ThemeCacheEviction themeCacheEviction(SpringTemplateEngine engine) {
		return new ThemeCacheEviction(engine);
	}

	/** Parsed templates are cached by name, so a switch of theme must clear them. */
	static final class ThemeCacheEviction {

		private final SpringTemplateEngine engine;

		ThemeCacheEviction(SpringTemplateEngine engine) {
			this.engine = engine;
		}

		@EventListener
		void on(ThemeChanged event) {
			engine.clearTemplateCache();
		}

	}

}
