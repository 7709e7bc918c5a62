package org.haven.editor;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The editor's endpoints under {@code /api/v1} have their own security chain, ahead of
 * the site's: bearer tokens only (no session, no cookies, so no CSRF to protect against),
 * every request needs an account's role, and refusals are problem details (RFC 9457).
 * Other modules' public endpoints under {@code /api/v1} (related posts) are not matched
 * and stay with the site's chain.
 */
// only a web application has a security chain; the commands start without one
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** The paths of {@link ArticleApiController} and {@link VocabularyApiController}. */
	static final String[] EDITOR_API = { "/api/v1/openapi.yaml", "/api/v1/articles", "/api/v1/articles/*",
			"/api/v1/articles/*/revisions", "/api/v1/articles/*/submit", "/api/v1/articles/*/publish",
			"/api/v1/articles/*/unpublish", "/api/v1/articles/*/review", "/api/v1/articles/*/reviews",
			"/api/v1/categories", "/api/v1/categories/*", "/api/v1/categories/*/merge", "/api/v1/tags",
			"/api/v1/tags/*/rename" };

	@Bean
	@Order(10)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, ApiProblemWriter problems)
			throws Exception {
		http.securityMatcher(EDITOR_API)
			.authorizeHttpRequests(
					auth -> auth.requestMatchers("/api/v1/openapi.yaml").permitAll().anyRequest().hasRole("AUTHOR"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokens(tokens, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						"Send a personal API token as 'Authorization: Bearer hvn_…' (create one under Tokens in the editor)."))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"Your account's role does not allow this.")))
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * Authenticates a request carrying a valid bearer token as the token's owner; a wrong
	 * token is a 401.
	 */
	static final class BearerTokens extends OncePerRequestFilter {

		private final ApiTokens tokens;

		private final ApiProblemWriter problems;

		BearerTokens(ApiTokens tokens, ApiProblemWriter problems) {
			this.tokens = tokens;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				chain.doFilter(request, response);
				return;
			}
			ApiTokens.Grant grant = tokens.authenticate(header.substring(7).strip()).orElse(null);
			if (grant == null) {
				problems.write(response, HttpStatus.UNAUTHORIZED, "The API token is unknown, expired or revoked.");
				return;
			}
			if (!grant.scope().allows(request.getMethod())) {
				problems.write(response, HttpStatus.FORBIDDEN,
						"This token may only read; create one with the write scope to change anything.");
				return;
			}
			UserDetails user = grant.user();
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
