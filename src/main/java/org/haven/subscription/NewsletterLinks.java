package org.haven.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import org.haven.config.SigningKey;
import org.haven.config.SiteKeys;
import org.haven.config.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The signed links in mails: confirm a sign-up (expires), manage a subscription and
 * unsubscribe in one click (both for as long as the subscription lasts). Each purpose
 * signs differently, so one link cannot stand in for another. The key is the
 * installation's {@value #KEY} in {@link SiteKeys}, shared by every node; the signatures
 * keep the form they had before it moved there, so links in mails already sent still
 * work.
 */
@Component
class NewsletterLinks {

	/** The name of the key in {@link SiteKeys}. */
	static final String KEY = "newsletter-links";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int SIGNATURE_LENGTH = 32;

	private final SigningKey key;

	private final SiteProperties site;

	NewsletterLinks(SiteKeys keys, SiteProperties site) {
		this.key = keys.named(KEY);
		this.site = site;
	}

	/** A random, URL-safe token of 24 bytes: a pending sign-up's or a subscriber's. */
	static String randomToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String confirmUrl(String nonce, Instant expires) {
		long e = expires.getEpochSecond();
		return site.absolute("/subscribe/confirm?r=" + nonce + "&e=" + e + "&s=" + sign("c." + nonce + "." + e));
	}

	boolean confirmSigned(String nonce, long expires, String signature) {
		return verify("c." + nonce + "." + expires, signature);
	}

	String manageUrl(String token) {
		return site.absolute("/subscribe/manage?t=" + token + "&s=" + manageSignature(token));
	}

	String manageSignature(String token) {
		return sign("m." + token);
	}

	boolean manageSigned(String token, String signature) {
		return verify("m." + token, signature);
	}

	String unsubscribeUrl(String token) {
		return site.absolute("/subscribe/unsubscribe?t=" + token + "&s=" + unsubscribeSignature(token));
	}

	String unsubscribeSignature(String token) {
		return sign("u." + token);
	}

	boolean unsubscribeSigned(String token, String signature) {
		return verify("u." + token, signature);
	}

	private String sign(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.mac(value)).substring(0, SIGNATURE_LENGTH);
	}

	private boolean verify(String value, String signature) {
		return MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
