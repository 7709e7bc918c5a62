package org.haven.config;

import java.util.TimeZone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Every request gets the site's locale ({@code haven.site.locale}), whatever the browser
 * asks for: pages are cached and shared, so one address has one language.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(SiteProperties site) {
		return new FixedLocaleResolver(site.locale(), TimeZone.getTimeZone(site.timeZone()));
	}

}
