package org.haven.subscription;

import java.time.Instant;

/** A sign-up waiting for its confirmation: only the address, the choices and the time. */
record Pending(String nonce, String email, Choices choices, Instant requestedAt) {

}
