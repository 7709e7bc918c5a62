package org.haven.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing from the admin area or the API may be kept by a browser or a shared cache: a
 * page can show a freshly issued API token, a draft or an account list. Every filter
 * chain (the site's and the API's) marks those responses {@code Cache-Control: no-store},
 * overriding whatever a handler set; the admin's static assets keep their own caching.
 */
@Configuration(proxyBeanMethods = false)
class NoStoreConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	static final RequestMatcher PRIVATE = new OrRequestMatcher(PATHS.matcher("/admin"), PATHS.matcher("/admin/**"),
			PATHS.matcher("/api/**"));

	static final RequestMatcher ADMIN_ASSETS = PATHS.matcher("/admin/assets/**");

	@Bean
	Customizer<HttpSecurity> noStoreForPrivateResponses() {
		HeaderWriter noStore = (request, response) -> {
			if (PRIVATE.matches(request) && !ADMIN_ASSETS.matches(request)) {
				response.setHeader("Cache-Control", "no-store");
			}
		};
		return http -> http.headers(headers -> headers.addHeaderWriter(noStore));
	}

}
