package org.haven.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.haven.common.Sha256;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an outbox row and its shared body into a multipart message (plain text and HTML)
 * for one person: placeholders filled in, their headers added, and a Message-ID derived
 * from the row's key, so a resend after a crash is recognisably the same mail.
 */
class MessageFactory {

	private static final String UTF_8 = StandardCharsets.UTF_8.name();

	private final Session session = Session.getInstance(new Properties());

	private final InternetAddress from;

	MessageFactory(String fromAddress, String fromName) {
		try {
			this.from = new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	MimeMessage create(OutboxRow row, MailMessage body) throws MessagingException {
		MimeMessage message = new KeyedMessage(session, messageId(row.key()));
		message.setFrom(from);
		message.setRecipient(RecipientType.TO, new InternetAddress(row.recipient(), true));
		message.setSubject(fill(body.subject(), row.values(), false), UTF_8);
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(part(fill(body.text(), row.values(), false), "plain"));
		alternative.addBodyPart(part(fill(body.html(), row.values(), true), "html"));
		message.setContent(alternative);
		for (Map.Entry<String, String> header : row.headers().entrySet()) {
			message.setHeader(header.getKey(), fill(header.getValue(), row.values(), false));
		}
		return message;
	}

	private static MimeBodyPart part(String text, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(text, UTF_8, subtype);
		return part;
	}

	static String fill(String text, Map<String, String> values, boolean html) {
		if (values.isEmpty() || !text.contains("{{")) {
			return text;
		}
		String result = text;
		for (Map.Entry<String, String> value : values.entrySet()) {
			String replacement = html ? HtmlUtils.htmlEscape(value.getValue()) : value.getValue();
			result = result.replace("{{" + value.getKey() + "}}", replacement);
		}
		return result;
	}

	private String messageId(String key) {
		return "<" + Sha256.hex(key).substring(0, 32) + "." + from.getAddress().replaceFirst("^[^@]*@", "haven@") + ">";
	}

	/** Keeps the Message-ID it was given instead of inventing one when saved. */
	private static final class KeyedMessage extends MimeMessage {

		private final String id;

		KeyedMessage(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", id);
		}

	}

}
