package org.haven.mail;

import org.jspecify.annotations.Nullable;

/**
 * How a group of mails (one article's, one digest's) is getting on.
 *
 * @param lastError the most recent SMTP error of the group, if any
 */
public record MailGroupStats(String group, long queued, long sending, long sent, long failed, long cancelled,
		@Nullable String lastError) {

	public long total() {
		return queued + sending + sent + failed + cancelled;
	}

}
