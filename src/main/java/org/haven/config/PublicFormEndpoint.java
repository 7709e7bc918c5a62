package org.haven.config;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A reader form's POST address (a path pattern such as
 * {@code /articles/{slug}/comments}), declared as a bean by the module that serves it.
 * Such POSTs run through their own stateless security chain: no CSRF token and no
 * session, so the pages carrying the form stay cookie-free and cacheable. The module must
 * protect them with {@code org.haven.publicform.PublicForms} instead.
 */
public record PublicFormEndpoint(String pathPattern) {

	RequestMatcher matcher() {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pathPattern);
	}

}
