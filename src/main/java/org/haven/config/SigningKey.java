package org.haven.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * An HMAC-SHA256 key, read from where it is kept the first time it signs something: a
 * bean holding one costs nothing at start-up and needs no database until a form or a link
 * is made.
 */
public final class SigningKey {

	private final Supplier<byte[]> source;

	private volatile @Nullable SecretKeySpec spec;

	private SigningKey(Supplier<byte[]> source) {
		this.source = source;
	}

	/** A key with these bytes. */
	public static SigningKey of(byte[] key) {
		byte[] copy = key.clone();
		return new SigningKey(() -> copy);
	}

	static SigningKey lazy(Supplier<byte[]> source) {
		return new SigningKey(source);
	}

	/** The HMAC-SHA256 of {@code data}'s UTF-8 bytes. */
	public byte[] mac(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(spec());
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private SecretKeySpec spec() {
		SecretKeySpec current = spec;
		if (current == null) {
			current = new SecretKeySpec(source.get(), "HmacSHA256");
			spec = current;
		}
		return current;
	}

}
