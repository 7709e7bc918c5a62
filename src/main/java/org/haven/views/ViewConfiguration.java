package org.haven.views;

import java.time.Clock;

import org.haven.article.Articles;
import org.haven.config.SiteProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires view counting: the counter, the filter ahead of the page cache (which runs at
 * {@code HIGHEST_PRECEDENCE + 50}) so that cache hits are counted, and the flush.
 */
@Configuration(proxyBeanMethods = false)
class ViewConfiguration {

	@Bean
	ViewCounter viewCounter(Clock clock, SiteProperties site) {
		return new ViewCounter(clock, site.timeZone());
	}

	@Bean
	FilterRegistrationBean<ViewCountingFilter> viewCountingFilter(ViewCounter counter, ViewProperties properties) {
		FilterRegistrationBean<ViewCountingFilter> registration = new FilterRegistrationBean<>(
				new ViewCountingFilter(counter, properties.botAgents()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		registration.setEnabled(properties.enabled());
		registration.addUrlPatterns("/articles/*");
		return registration;
	}

	@Bean
	ViewFlusher viewFlusher(ViewCounter counter, ViewStore store, Articles articles) {
		return new ViewFlusher(counter, store, articles);
	}

	@Bean
	Views views(ViewStore store, Articles articles, Clock clock, SiteProperties site) {
		return new Views(store, articles, clock, site.timeZone());
	}

}
