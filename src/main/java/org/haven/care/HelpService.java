package org.haven.care;

import java.net.URI;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One crisis or support service of a region, as {@code help.yaml} gives it.
 *
 * @param name what readers know it by
 * @param phone the number as readers dial it in its country, or null for a text- or
 * chat-only service
 * @param text a text-message option, or null
 * @param chat the address of an online chat, or null
 * @param hours {@link #ALWAYS} or the opening times as written
 * @param source the page its details were taken from
 * @param checked the day someone last compared it with its source
 */
public record HelpService(String name, @Nullable String phone, @Nullable TextOption text, @Nullable URI chat,
		String hours, URI source, LocalDate checked) {

	/** {@link #hours} of a service that is always open. */
	public static final String ALWAYS = "24/7";

	/** A text-message option: send {@code message} (if any) to the number {@code to}. */
	public record TextOption(String to, @Nullable String message) {

		/** {@code sms:85258}. */
		public String smsLink() {
			return "sms:" + HelpService.dialable(to);
		}

	}

	/** Whether the service is open around the clock. */
	public boolean alwaysOpen() {
		return ALWAYS.equals(hours);
	}

	/** {@code tel:116123}, or null without a phone number. */
	public @Nullable String telLink() {
		return phone == null ? null : "tel:" + dialable(phone);
	}

	/**
	 * The number readers see first: the phone, else the text number; empty for a
	 * chat-only service.
	 */
	public String number() {
		return phone != null ? phone : text != null ? text.to() : "";
	}

	/** Whether the entry was last checked more than a year before {@code today}. */
	public boolean staleOn(LocalDate today) {
		return checked.isBefore(today.minusMonths(12));
	}

	static String dialable(String number) {
		return number.replaceAll("[^0-9+]", "");
	}

}
