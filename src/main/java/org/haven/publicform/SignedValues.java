package org.haven.publicform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.haven.config.SigningKey;
import org.haven.config.SiteKeys;
import org.haven.config.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Values put into links mailed to readers (delete my comments, confirm a subscription):
 * the value, an expiry and an HMAC-SHA256 over both and a purpose, with the same key as
 * form tokens ({@link FormKey}). A link made for one purpose does not work for another,
 * and one cannot be changed or extended without the key.
 */
@Component
public class SignedValues {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SigningKey key;

	private final Clock clock;

	@Autowired
	SignedValues(SiteKeys keys, SiteProperties site, Clock clock) {
		this(FormKey.of(keys, site), clock);
	}

	SignedValues(SigningKey key, Clock clock) {
		this.key = key;
		this.clock = clock;
	}

	/** A URL-safe token carrying {@code value} for {@code lifetime}. */
	public String sign(String purpose, String value, Duration lifetime) {
		String body = ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "."
				+ Long.toString(clock.instant().plus(lifetime).getEpochSecond(), 36);
		return body + "." + mac(purpose, body);
	}

	/** The value, if the token was signed here for this purpose and has not expired. */
	public Optional<String> verify(String purpose, @Nullable String token) {
		if (token == null || token.length() > 2000) {
			return Optional.empty();
		}
		int last = token.lastIndexOf('.');
		int first = token.indexOf('.');
		if (first <= 0 || last <= first) {
			return Optional.empty();
		}
		String body = token.substring(0, last);
		if (!MessageDigest.isEqual(mac(purpose, body).getBytes(StandardCharsets.US_ASCII),
				token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		try {
			Instant expires = Instant.ofEpochSecond(Long.parseLong(token.substring(first + 1, last), 36));
			if (expires.isBefore(clock.instant())) {
				return Optional.empty();
			}
			return Optional
				.of(new String(Base64.getUrlDecoder().decode(token.substring(0, first)), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String mac(String purpose, String body) {
		return ENCODER.encodeToString(key.mac("haven-link:" + purpose + ":" + body));
	}

}
