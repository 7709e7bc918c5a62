package org.haven.editor;

import java.util.List;
import java.util.Locale;

/**
 * What an account may do. ADMIN: everything, plus accounts and settings. EDITOR: write,
 * edit and publish any article, and review articles others wrote. AUTHOR: write new
 * articles and edit their own drafts, then submit them for review. REVIEWER: a clinician
 * who signs off articles in review (as their author profile), and may write like an
 * author. MODERATOR: moderates reader comments and nothing else (editors and admins
 * moderate too).
 */
enum Role {

	ADMIN, EDITOR, AUTHOR, REVIEWER, MODERATOR;

	/** Spring Security authorities: each role includes the ones below it. */
	List<String> authorities() {
		return switch (this) {
			case ADMIN -> List.of("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER", "ROLE_AUTHOR", "ROLE_MODERATOR");
			case EDITOR -> List.of("ROLE_EDITOR", "ROLE_REVIEWER", "ROLE_AUTHOR", "ROLE_MODERATOR");
			case AUTHOR -> List.of("ROLE_AUTHOR");
			case REVIEWER -> List.of("ROLE_REVIEWER", "ROLE_AUTHOR");
			case MODERATOR -> List.of("ROLE_MODERATOR");
		};
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

}
