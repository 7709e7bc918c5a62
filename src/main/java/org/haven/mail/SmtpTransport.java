package org.haven.mail;

import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Hands messages to the SMTP server of {@code spring.mail.*}. With Boot's
 * {@link JavaMailSenderImpl} a connection keeps one SMTP session open for its whole run
 * (connect and greeting once, then one {@code MAIL FROM}..{@code DATA} per message);
 * another {@link JavaMailSender} sends each message on its own.
 */
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	SmtpTransport(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public Connection open() {
		if (sender instanceof JavaMailSenderImpl impl) {
			return new KeptOpen(impl);
		}
		return message -> {
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				throw new MessagingException(describe(ex), ex);
			}
		};
	}

	/** The server's own words are what an admin needs to see in the sending stats. */
	static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return message.strip();
	}

	/** One SMTP session, opened at the first message, as JavaMailSenderImpl opens it. */
	private static final class KeptOpen implements Connection {

		private final JavaMailSenderImpl settings;

		private @Nullable Transport transport;

		KeptOpen(JavaMailSenderImpl settings) {
			this.settings = settings;
		}

		@Override
		public void send(MimeMessage message) throws MessagingException {
			try {
				if (message.getSentDate() == null) {
					message.setSentDate(new Date());
				}
				message.saveChanges();
				connected().sendMessage(message, message.getAllRecipients());
			}
			catch (MessagingException ex) {
				throw new MessagingException(describe(ex), ex);
			}
		}

		private Transport connected() throws MessagingException {
			if (transport == null) {
				String username = settings.getUsername();
				String password = settings.getPassword();
				if ("".equals(username)) {
					username = null;
					password = "".equals(password) ? null : password;
				}
				String protocol = settings.getProtocol();
				if (protocol == null) {
					protocol = settings.getSession().getProperty("mail.transport.protocol");
				}
				Transport opened = settings.getSession().getTransport((protocol != null) ? protocol : "smtp");
				opened.connect(settings.getHost(), settings.getPort(), username, password);
				transport = opened;
			}
			return transport;
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException ex) {
					// the messages were accepted already; a failed QUIT changes nothing
				}
				transport = null;
			}
		}

	}

}
