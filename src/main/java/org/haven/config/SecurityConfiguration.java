package org.haven.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Readers need no account; the admin area stays closed until editor accounts exist. Of the actuator, health is public
 * (status only) and {@code /actuator/theme} answers only requests made on the machine itself. Security headers are the same on
 * every response, including those served from the anonymous page cache, which copies them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String THEME_ENDPOINT = "/actuator/theme";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/admin/**", "/api/v1/admin/**")
			.denyAll()
			.requestMatchers("/actuator/health/**", "/actuator/health")
			.permitAll()
			.requestMatchers(THEME_ENDPOINT)
			.access((authentication, context) -> new AuthorizationDecision(fromThisMachine(context.getRequest())))
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(
						permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()")))
			// the theme switch is a JSON POST from a script on this machine (curl), which has no CSRF token to send; a
			// browser cannot reach it from elsewhere (loopback only, and a JSON body cannot be sent cross-site without
			// a CORS preflight, which is refused). Every other path keeps CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers(THEME_ENDPOINT))
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		return http.build();
	}

	/**
	 * A request made on this machine: from a loopback address and not relayed by a proxy. A reverse proxy on the same
	 * host connects from loopback too, so anything carrying forwarding headers counts as coming from outside.
	 */
	static boolean fromThisMachine(HttpServletRequest request) {
		if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null
				|| request.getHeader("X-Real-IP") != null) {
			return false;
		}
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** No accounts yet: editor sign-in arrives with the editor workspace. Replaces Boot's generated password. */
	@Bean
	UserDetailsService noAccounts() {
		return username -> {
			throw new UsernameNotFoundException("no accounts are configured");
		};
	}

}
