package org.haven.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Date and number wording for templates, available to every template as {@code fmt}. */
public final class Formats {

	private final DateTimeFormatter date;

	private final DateTimeFormatter month;

	private final ZoneId zone;

	public Formats(Locale locale, ZoneId zone) {
		this.zone = zone;
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
	}

	/** "12 February 2026" in en-GB, "12. Februar 2026" in de-DE. */
	public String date(@Nullable Instant instant) {
		return instant == null ? "" : date.format(instant.atZone(zone));
	}

	public String date(@Nullable LocalDate day) {
		return day == null ? "" : date.format(day);
	}

	/** "2026-02-12T08:00:00Z", for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
	}

	public String iso(@Nullable LocalDate day) {
		return day == null ? "" : day.toString();
	}

	/** "February 2026". */
	public String month(YearMonth value) {
		return month.format(value);
	}

	/**
	 * "6 min read", always English: themes use {@code #{reading.time(minutes)}} from
	 * their bundles instead.
	 */
	public String readingTime(int minutes) {
		return minutes + " min read";
	}

	/**
	 * Whether an article was meaningfully updated after publication (a day or more
	 * later).
	 */
	public boolean updatedLater(Instant published, Instant updated) {
		return updated.isAfter(published.plusSeconds(86_400));
	}

}
