package org.haven.publicform;

/**
 * Why a reader form was turned away before anything was read from it, with the status to
 * answer. The form's text is never lost: the page re-shown carries it back.
 */
public enum PublicFormRefusal {

	/** {@code Origin} (or {@code Referer}) names another site. */
	CROSS_SITE(403),

	/** The token is missing, was not signed by this site, or has expired. */
	BAD_TOKEN(400),

	/** The client sent this form too often in the current window. */
	RATE_LIMITED(429);

	private final int status;

	PublicFormRefusal(int status) {
		this.status = status;
	}

	public int status() {
		return status;
	}

}
