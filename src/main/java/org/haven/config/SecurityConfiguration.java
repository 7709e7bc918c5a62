package org.haven.config;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Readers need no account; the admin area needs an editor account (accounts, roles and
 * the password check live in {@code editor}). Sign-in is a form at {@code /login} with
 * CSRF protection, a new session id on sign-in and a POST {@code /logout}. The actuator
 * answers only on the management port, which listens on loopback. Security headers are
 * the same on every response, including those served from the anonymous page cache, which
 * copies them.
 */
// only a web application has a security chain; the commands start without one
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String THEME_ENDPOINT = "/actuator/theme";

	/**
	 * Requests that change something: an anonymous one gets 401 rather than a redirect to
	 * the sign-in page. The actuator answers 403 to anyone it refuses.
	 */
	private static final RequestMatcher WRITES = request -> !HttpMethod.GET.matches(request.getMethod())
			&& !HttpMethod.HEAD.matches(request.getMethod());

	/**
	 * Reader forms (comments, newsletter sign-up) POST here without a session: this chain
	 * runs before the main one for exactly those POSTs, with CSRF off and a stateless
	 * session policy, so answering them never creates a session or sets a cookie (a CSRF
	 * token would need one, and the page carrying the form would stop being cacheable).
	 * What CSRF would prevent is refused instead by {@code org.haven.publicform}: a
	 * cross-site {@code Origin}/{@code Referer}, a missing or forged signed form token,
	 * and too many submissions from one address. Nothing here is authenticated: a
	 * signed-in editor posting a comment is a reader like any other.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain publicFormChain(HttpSecurity http, List<PublicFormEndpoint> endpoints) throws Exception {
		RequestMatcher[] posts = endpoints.stream().map(PublicFormEndpoint::matcher).toArray(RequestMatcher[]::new);
		http.securityMatcher(posts.length == 0 ? request -> false : new OrRequestMatcher(posts))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.requireExplicitSave(true))
			.requestCache(cache -> cache.disable())
			.anonymous(Customizer.withDefaults());
		return sameHeaders(http).build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment) throws Exception {
		ManagementPort ports = new ManagementPort(environment);
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error=1");
		failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked=1"));
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/admin/assets/**")
			.permitAll()
			.requestMatchers("/admin/users/**", "/admin/settings/**", "/admin/themes/**", "/admin/subscribers/**",
					"/admin/import/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/newsletter/**")
			.hasAnyRole("ADMIN", "EDITOR")
			// comment moderation: editors and admins, and moderators, who may do nothing
			// else
			.requestMatchers("/admin/comments/settings/**", "/admin/comments/privacy/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/comments", "/admin/comments/**")
			.hasRole("MODERATOR")
			.requestMatchers("/admin", "/admin/")
			.hasAnyRole("ADMIN", "EDITOR", "AUTHOR", "MODERATOR")
			.requestMatchers("/admin/**")
			.hasAnyRole("ADMIN", "EDITOR", "AUTHOR")
			.requestMatchers("/api/v1/admin/**")
			.denyAll()
			.requestMatchers("/login", "/setup/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.access((authentication, context) -> new AuthorizationDecision(ports.managementIsSeparate()))
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/admin", true)
				.failureHandler(failure)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out=1"))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(),
						PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), WRITES))
			// The theme switch is a JSON POST from a script on this machine (curl), which
			// has no CSRF token to send. It answers only on the loopback management
			// port and accepts only JSON bodies, which a page from another site can send
			// only after a CORS preflight (none is configured, so it is refused). Every
			// other path keeps CSRF.
			.csrf(csrf -> csrf.ignoringRequestMatchers(THEME_ENDPOINT))
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		return sameHeaders(http).build();
	}

	private static HttpSecurity sameHeaders(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers.cacheControl(cache -> cache.disable())
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(
					permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()")));
	}

	/**
	 * The actuator lives on its own port, bound to loopback
	 * ({@code management.server.port} and {@code .address}): there every endpoint
	 * answers, and on the public port there is none, so {@code /actuator/**} is a 404.
	 * Should the management port ever be the public one, the actuator is refused instead.
	 */
	record ManagementPort(Environment environment) {

		boolean managementIsSeparate() {
			String management = environment.getProperty("local.management.port");
			return management != null && !management.equals(environment.getProperty("local.server.port"));
		}

	}

}
