package org.haven.taxonomy;

/** A change to the vocabulary that every article using it must follow. */
public sealed interface VocabularyChange {

	/**
	 * Tag {@code fromSlug} is now called {@code toLabel} (merged, if that label's slug is
	 * already a tag).
	 */
	record TagRenamed(String fromSlug, String toLabel) implements VocabularyChange {
	}

	/** Articles in category {@code from} move to {@code to}. */
	record CategoryMoved(String from, String to) implements VocabularyChange {
	}

}
