package org.haven.taxonomy;

/** No category or tag with that slug. */
public class VocabularyNotFound extends RuntimeException {

	public VocabularyNotFound(String what) {
		super(what + " not found");
	}

}
