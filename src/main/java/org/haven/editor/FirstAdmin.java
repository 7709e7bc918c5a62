package org.haven.editor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.haven.config.SiteProperties;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Haven ships without a default password. On a start with no accounts it creates the
 * first admin from {@code HAVEN_ADMIN_EMAIL}/{@code HAVEN_ADMIN_PASSWORD} if both are
 * set; otherwise it logs a one-time setup link ({@code /setup/<token>}) that works once,
 * for {@code setup-link-validity}, and only while there are still no accounts.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final EditorAccounts accounts;

	private final EditorProperties properties;

	private final SiteProperties site;

	private final Clock clock;

	private @Nullable String token;

	private Instant expires = Instant.EPOCH;

	private final Environment environment;

	FirstAdmin(EditorAccounts accounts, EditorProperties properties, SiteProperties site, Clock clock,
			Environment environment) {
		this.accounts = accounts;
		this.properties = properties;
		this.site = site;
		this.clock = clock;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.none()) {
			return;
		}
		if (properties.hasAdminCredentials()) {
			try {
				accounts.create(properties.adminEmail(), "", properties.adminPassword(), Role.ADMIN);
			}
			catch (DraftRejected ex) {
				throw new IllegalStateException("Cannot create the first admin from HAVEN_ADMIN_EMAIL and "
						+ "HAVEN_ADMIN_PASSWORD: " + ex.problems().stream().map(DraftProblem::message).toList());
			}
			log.info("Created the first admin account, {}, from the configured admin e-mail and password",
					properties.adminEmail().strip());
			return;
		}
		String link = newSetupLink();
		log.warn("Haven has no editor accounts yet. Open {} to choose the first admin's e-mail and password "
				+ "(the link works once, until {})", openable(link), expires);
	}

	/**
	 * The link as the person starting Haven can open it: on the site's address, unless
	 * that is this machine's, where it takes the port Haven listens on ({@code
	 * --server.port=8099} with the default address would otherwise point at 8080).
	 */
	String openable(String path) {
		return localAddress(site.baseUrl(), environment.getProperty("local.server.port")).map(base -> base + path)
			.orElseGet(() -> site.absolute(path));
	}

	static Optional<String> localAddress(URI base, @Nullable String listeningPort) {
		String host = base.getHost();
		boolean local = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
		if (!local || listeningPort == null || listeningPort.equals(String.valueOf(base.getPort()))) {
			return Optional.empty();
		}
		return Optional.of(base.getScheme() + "://" + host + ":" + listeningPort);
	}

	/** Makes a new link, replacing any earlier one. */
	synchronized String newSetupLink() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		expires = clock.instant().plus(properties.setupLinkValidity());
		return "/setup/" + token;
	}

	/**
	 * The link still works: right token, not expired, not used, and still no accounts.
	 */
	synchronized boolean valid(String candidate) {
		return token != null && clock.instant().isBefore(expires) && accounts.none() && MessageDigest
			.isEqual(token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
	}

	/** Creates the admin through the link, which then stops working. */
	synchronized EditorAccounts.Account create(String candidate, String email, String name, String password) {
		if (!valid(candidate)) {
			throw new IllegalStateException("setup link no longer valid");
		}
		EditorAccounts.Account admin = accounts.create(email, name, password, Role.ADMIN);
		token = null;
		log.info("Created the first admin account, {}, through the setup link", admin.email());
		return admin;
	}

}
