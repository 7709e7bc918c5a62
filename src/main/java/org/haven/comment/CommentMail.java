package org.haven.comment;

/**
 * Where comment mail goes: the site's mail outbox. One plain-text message to one address.
 */
public interface CommentMail {

	void send(String to, String subject, String text);

}
