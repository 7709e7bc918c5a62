package org.haven.mail;

import org.jspecify.annotations.Nullable;

/**
 * What every mail template gets as {@code site}: the publication's name and address, and
 * the crisis line for the footer.
 */
public record MailSite(String title, String baseUrl, String language, String crisisText,
		@Nullable String crisisLinkText, @Nullable String crisisLink) {

}
