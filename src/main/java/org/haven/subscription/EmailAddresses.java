package org.haven.subscription;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepts the addresses people actually type and nothing that could smuggle a second
 * recipient or a header: one local part, one domain with a dot, no spaces or brackets.
 * Case is folded so the same person never subscribes twice.
 */
final class EmailAddresses {

	private static final Pattern ADDRESS = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

	private EmailAddresses() {
	}

	static Optional<String> normalise(String input) {
		String address = input.strip();
		if (address.length() > 254 || !ADDRESS.matcher(address).matches() || address.contains("..")) {
			return Optional.empty();
		}
		return Optional.of(address.toLowerCase(Locale.ROOT));
	}

}
