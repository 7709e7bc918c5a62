package org.haven.subscription;

import java.time.Instant;

/** A confirmed subscriber, as the admin and the preferences page see them. */
public record Subscriber(long id, String email, Choices choices, boolean paused, Instant consentAt,
		String consentVersion) {

}
