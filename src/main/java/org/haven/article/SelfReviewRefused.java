package org.haven.article;

/** A reviewer tried to sign off an article they wrote or own. Nothing was written. */
public class SelfReviewRefused extends RuntimeException {

	public SelfReviewRefused(String message) {
		super(message);
	}

}
