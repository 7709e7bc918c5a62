package org.haven.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Where a finished message goes: an SMTP server, or a folder of {@code .eml} files. */
interface MailTransport {

	void send(MimeMessage message) throws MessagingException;

}
