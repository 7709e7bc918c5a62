package org.haven.web;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the anonymous page cache ahead of the security chain (which runs at order
 * -100).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	AnonymousPageCache anonymousPageCache(PageCacheProperties properties) {
		return new AnonymousPageCache(properties);
	}

	/** The page cache's hits, misses and evictions, as {@code cache.gets} etc. */
	@Bean
	MeterBinder pageCacheMetrics(AnonymousPageCache cache) {
		return cache::bindTo;
	}

	@Bean
	FilterRegistrationBean<AnonymousPageCache> anonymousPageCacheRegistration(AnonymousPageCache cache,
			PageCacheProperties properties) {
		FilterRegistrationBean<AnonymousPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		registration.setEnabled(properties.enabled());
		registration.addUrlPatterns("/*");
		return registration;
	}

}
