package org.haven.comment;

import java.util.UUID;

import org.haven.mail.MailMessage;
import org.haven.mail.MailOutbox;
import org.haven.mail.Recipient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Comment mail goes through the site's outbox (SMTP, or {@code .eml} files in the data
 * directory when no SMTP server is configured), as plain text with the same words as
 * simple HTML.
 */
@Component
class OutboxCommentMail implements CommentMail {

	static final String GROUP = "comments";

	private final MailOutbox outbox;

	OutboxCommentMail(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(String to, String subject, String text) {
		String html = "<!DOCTYPE html><html><body><p>"
				+ HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>";
		outbox.send(GROUP, Recipient.of("comment-mail:" + UUID.randomUUID(), to), new MailMessage(subject, text, html));
	}

}
