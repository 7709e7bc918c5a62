package org.haven.subscription;

/** What became of a reader's request; the web layer turns each into a themed answer. */
public enum Outcome {

	/**
	 * Done (or, for a sign-up, a confirmation mail is on its way if the address works).
	 */
	DONE,
	/** The e-mail address is not one. */
	INVALID_ADDRESS,
	/** The link's time ran out. */
	EXPIRED,
	/** The link was already used, or a newer one replaced it. */
	USED,
	/** The link was not made by this site, or is damaged. */
	FORGED,
	/** No subscription answers to this link (already unsubscribed, or never was). */
	UNKNOWN

}
