package org.haven.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/** Hands messages to the SMTP server of {@code spring.mail.*}. */
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	SmtpTransport(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public void send(MimeMessage message) throws MessagingException {
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			throw new MessagingException(describe(ex), ex);
		}
	}

	/** The server's own words are what an admin needs to see in the sending stats. */
	private static String describe(MailException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return message.strip();
	}

}
