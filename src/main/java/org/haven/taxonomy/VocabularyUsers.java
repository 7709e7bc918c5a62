package org.haven.taxonomy;

/**
 * What the vocabulary needs from the articles that use it. The article module implements
 * it, so taxonomy stays a leaf below {@code article}: it describes a change, and the
 * articles apply it to themselves.
 */
public interface VocabularyUsers {

	/**
	 * Applies {@code change} to every article it concerns, one save each (a revision, its
	 * file, events). An article that cannot be saved as it is (say, a published one that
	 * no longer passes the publish checks) is left alone and named in the outcome.
	 */
	BulkOutcome apply(VocabularyChange change, String user);

	/** Articles in any stage whose primary category is {@code slug}. */
	long countInCategory(String slug);

}
