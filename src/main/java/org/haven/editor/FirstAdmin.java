package org.haven.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.haven.config.SiteProperties;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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

	FirstAdmin(EditorAccounts accounts, EditorProperties properties, SiteProperties site, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.site = site;
		this.clock = clock;
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
				+ "(the link works once, until {})", site.absolute(link), expires);
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
