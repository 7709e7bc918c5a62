package org.haven.comment;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.haven.common.Sha256;

/**
 * Commenters are matched (auto-approve, deletion, export) by a hash of their e-mail,
 * trimmed and in lower case.
 */
final class EmailHash {

	private EmailHash() {
	}

	static @Nullable String of(@Nullable String email) {
		return email == null || email.isBlank() ? null
				: Sha256.hex("haven-commenter:" + email.strip().toLowerCase(Locale.ROOT));
	}

}
