package org.haven.publicform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.haven.config.SigningKey;

/**
 * Form tokens: the time bucket a form was served in, signed with HMAC-SHA256. Every
 * reader served in the same bucket gets the same token, so a page carrying one can be
 * cached and shared; a token proves the form was fetched from this site recently, not who
 * fetched it.
 */
final class FormTokens {

	private static final int SIGNATURE_BYTES = 16;

	private final SigningKey key;

	private final Duration bucket;

	private final Duration lifetime;

	FormTokens(SigningKey key, Duration bucket, Duration lifetime) {
		this.key = key;
		this.bucket = bucket;
		this.lifetime = lifetime;
	}

	String issue(Instant now) {
		long number = now.toEpochMilli() / bucket.toMillis();
		return Long.toString(number, 36) + "." + sign(number);
	}

	/**
	 * When the token's bucket began, or null for a token this site did not sign or one
	 * older than the lifetime (or from the future).
	 */
	@Nullable Instant issuedAt(@Nullable String token, Instant now) {
		if (token == null || token.length() > 64) {
			return null;
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return null;
		}
		long number;
		try {
			number = Long.parseLong(token.substring(0, dot), 36);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		byte[] expected = sign(number).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (number < 0 || !MessageDigest.isEqual(expected, given)) {
			return null;
		}
		Instant issued = Instant.ofEpochMilli(number * bucket.toMillis());
		if (issued.isAfter(now) || issued.plus(lifetime).isBefore(now)) {
			return null;
		}
		return issued;
	}

	private String sign(long number) {
		byte[] digest = key.mac("haven-public-form:" + number);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, SIGNATURE_BYTES));
	}

}
