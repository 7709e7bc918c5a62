package org.haven.mail;

/** Where a row of the outbox stands. */
enum MailStatus {

	/** Waiting for its turn (or for its next attempt after an error). */
	QUEUED,
	/** Claimed by a worker that is sending it now. */
	SENDING, SENT,
	/** Gave up: too many attempts, or an address no server will take. */
	FAILED,
	/** Withdrawn before it was sent (the article was unpublished). */
	CANCELLED

}
