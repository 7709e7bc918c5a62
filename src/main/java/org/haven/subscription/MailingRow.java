package org.haven.subscription;

/** The little a mail needs of a subscriber: where to send it and their link token. */
record MailingRow(long id, String email, String token) {

}
