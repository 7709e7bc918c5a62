package org.haven.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Where finished messages go: an SMTP server, or a folder of {@code .eml} files. A sender
 * opens one {@link Connection} for a run of messages, so a batch costs one SMTP session
 * rather than one per mail.
 */
interface MailTransport {

	/** A connection for a run of messages; it may connect lazily, at the first send. */
	Connection open();

	/** One message on a connection of its own. */
	default void send(MimeMessage message) throws MessagingException {
		try (Connection connection = open()) {
			connection.send(message);
		}
	}

	/** Messages sent one after another over one session; closing it never throws. */
	@FunctionalInterface
	interface Connection extends AutoCloseable {

		void send(MimeMessage message) throws MessagingException;

		@Override
		default void close() {
		}

	}

}
