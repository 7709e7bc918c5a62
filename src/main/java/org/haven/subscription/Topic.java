package org.haven.subscription;

import java.util.Locale;
import java.util.Optional;

/** Something a subscriber follows: a category, a tag or an author, by slug. */
public record Topic(Kind kind, String slug) {

	public enum Kind {

		CATEGORY, TAG, AUTHOR

	}

	/** {@code category:anxiety}, as forms and stored choices write it. */
	@Override
	public String toString() {
		return kind.name().toLowerCase(Locale.ROOT) + ":" + slug;
	}

	static Optional<Topic> parse(String text) {
		int at = text.indexOf(':');
		if (at < 1 || at == text.length() - 1) {
			return Optional.empty();
		}
		String slug = text.substring(at + 1).strip().toLowerCase(Locale.ROOT);
		if (!slug.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,199}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Topic(Kind.valueOf(text.substring(0, at).strip().toUpperCase(Locale.ROOT)), slug));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
