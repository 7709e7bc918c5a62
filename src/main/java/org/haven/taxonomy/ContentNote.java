package org.haven.taxonomy;

/**
 * A typed content note from {@code content-notes.yaml}: what an article discusses that
 * some readers may want to know before they read ({@code suicide}, {@code self-harm}, …),
 * with the label and one-line description readers see.
 */
public record ContentNote(String slug, String label, String description) {

	/**
	 * A note an article names but the vocabulary no longer declares: still shown, under a
	 * label made from its slug.
	 */
	static ContentNote undeclared(String slug) {
		String words = slug.replace('-', ' ');
		String label = words.isEmpty() ? slug : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		return new ContentNote(slug, label, "");
	}

}
