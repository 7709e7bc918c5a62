package org.haven.mail;

import java.util.Map;

/** A claimed row of the outbox, ready to become a message. */
record OutboxRow(long id, String key, String recipient, long contentId, int attempts, Map<String, String> values,
		Map<String, String> headers) {

}
