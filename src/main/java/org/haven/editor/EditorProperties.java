package org.haven.editor;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Editor settings.
 *
 * @param adminEmail the first admin's e-mail, used only when there are no accounts yet
 * ({@code HAVEN_ADMIN_EMAIL})
 * @param adminPassword the first admin's password, likewise
 * ({@code HAVEN_ADMIN_PASSWORD}); without both, a one-time setup link is logged instead
 * @param setupLinkValidity how long the setup link works
 * @param login sign-in throttling
 * @param autosaveInterval how often the editor autosaves while someone types
 * @param previewLinkValidity how long a draft's preview link works
 */
@Validated
@ConfigurationProperties("haven.editor")
record EditorProperties(@Nullable String adminEmail, @Nullable String adminPassword,
		@DefaultValue("PT24H") @NotNull Duration setupLinkValidity, @Valid @DefaultValue Login login,
		@DefaultValue("PT10S") @NotNull Duration autosaveInterval,
		@DefaultValue("P7D") @NotNull Duration previewLinkValidity) {

	/**
	 * After {@code maxFailuresPerAccount} failed sign-ins for one account, or
	 * {@code maxFailuresPerAddress} from one IP address, within {@code window}, sign-in
	 * is refused for {@code lockout}.
	 */
	record Login(@DefaultValue("5") @Min(1) int maxFailuresPerAccount,
			@DefaultValue("20") @Min(1) int maxFailuresPerAddress, @DefaultValue("PT15M") @NotNull Duration window,
			@DefaultValue("PT15M") @NotNull Duration lockout) {
	}

	boolean hasAdminCredentials() {
		return adminEmail != null && !adminEmail.isBlank() && adminPassword != null && !adminPassword.isBlank();
	}

}
