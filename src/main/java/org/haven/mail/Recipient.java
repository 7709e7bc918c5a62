package org.haven.mail;

import java.util.Map;

/**
 * One addressee of a mail in the outbox.
 *
 * @param key unique for this mail to this person, e.g. {@code article:42:subscriber:7}; a
 * second enqueue with the same key is ignored
 * @param address the e-mail address
 * @param values placeholder values ({@code {{name}}} in the texts and headers), escaped
 * for HTML when filled into the HTML part
 * @param headers extra headers such as {@code List-Unsubscribe}
 */
public record Recipient(String key, String address, Map<String, String> values, Map<String, String> headers) {

	public Recipient {
		values = Map.copyOf(values);
		headers = Map.copyOf(headers);
	}

	/** Someone who gets a mail with nothing personal in it. */
	public static Recipient of(String key, String address) {
		return new Recipient(key, address, Map.of(), Map.of());
	}

}
