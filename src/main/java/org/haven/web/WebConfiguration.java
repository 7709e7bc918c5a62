package org.haven.web;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Registers the anonymous page cache ahead of the security chain (which runs at order
 * -100), and the request observations ({@code http.server.requests}) after it.
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

	static final int PAGE_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

	/**
	 * Moves Spring's request observation from the front of the filters to just after the
	 * page cache. Observing a request (its timer, and the tags read from the matched
	 * handler) cost about a sixth of the CPU of a page served from the cache; those
	 * answers are counted by the cache's own {@code cache.gets}, and every request that
	 * renders is still observed.
	 */
	@Bean
	static BeanPostProcessor requestObservationAfterPageCache() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof ServerHttpObservationFilter) {
					registration.setOrder(PAGE_CACHE_ORDER + 1);
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<AnonymousPageCache> anonymousPageCacheRegistration(AnonymousPageCache cache,
			PageCacheProperties properties) {
		FilterRegistrationBean<AnonymousPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(PAGE_CACHE_ORDER);
		registration.setEnabled(properties.enabled());
		registration.addUrlPatterns("/*");
		return registration;
	}

}
