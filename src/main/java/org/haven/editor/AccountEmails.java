package org.haven.editor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling of an e-mail address that sign-in, the lockout count and account
 * lookups all use: Unicode NFKC, then case-folded (upper then lower case, so a dotless
 * {@code ı}, an {@code İ} or an {@code ß} cannot make a second spelling of one account).
 */
final class AccountEmails {

	private AccountEmails() {
	}

	static String normalise(String email) {
		String nfkc = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC);
		return Normalizer.normalize(nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
	}

}
