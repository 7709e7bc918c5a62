package org.haven.editor;

import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Passwords are hashed with Argon2 ({@code {argon2}...}; bcrypt hashes are still
 * accepted); sign-in goes through the throttle, and a session ends when its account's
 * rights change.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EditorProperties.class)
class AccountsConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * The nodes of a cluster count failed sign-ins together, in the shared database; a
	 * single node counts them in memory.
	 */
	@Bean
	LoginThrottle loginThrottle(EditorProperties properties, Clock clock, DataSource dataSource,
			@Value("${haven.cluster.enabled:false}") boolean cluster) {
		return cluster
				? new LoginThrottle(properties.login(), clock, new SharedFailureCounts(JdbcClient.create(dataSource)))
				: new LoginThrottle(properties.login(), clock);
	}

	@Bean
	AuthenticationProvider editorAuthentication(EditorAccounts accounts, PasswordEncoder passwords,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		return new ThrottledAuthenticationProvider(provider, throttle);
	}

	/**
	 * Every filter chain checks a session's security stamp right after loading its
	 * sign-in, before any rule looks at its roles.
	 */
	@Bean
	Customizer<HttpSecurity> securityStampCheck(EditorAccounts accounts) {
		return http -> http.addFilterAfter(new SecurityStampFilter(accounts), SecurityContextHolderFilter.class);
	}

}
