package org.haven.mail;

/**
 * A rendered mail: subject, plain text and HTML. The texts may hold placeholders such as
 * {@code {{preferencesUrl}}} that each {@link Recipient} fills in.
 */
public record MailMessage(String subject, String text, String html) {

}
