package org.haven.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs the values in mailed links (HMAC-SHA256) with a key made once per installation
 * and kept in the database, so every node and every restart accepts the same links.
 */
@Component
class LinkSigner {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private volatile byte[] key;

	LinkSigner(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean verify(String value, String signature) {
		return MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	static String randomToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			current = loadOrCreate().getBytes(StandardCharsets.US_ASCII);
			key = current;
		}
		return current;
	}

	private String loadOrCreate() {
		var existing = jdbc.sql("select secret from subscription_key where id = 1").query(String.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			jdbc.sql("insert into subscription_key (id, secret) values (1, ?)")
				.param(randomToken() + randomToken())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another node made it first: use theirs
		}
		return jdbc.sql("select secret from subscription_key where id = 1").query(String.class).single();
	}

}
