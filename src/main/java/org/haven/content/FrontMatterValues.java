package org.haven.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Typed reads of front-matter values, each naming the key's line when the type is wrong.
 * Dates are read as Hugo reads them: with an offset, as a local date-time, or as a plain
 * date, the last two in the site's time zone.
 */
record FrontMatterValues(String file, Map<String, Object> values, Map<String, Integer> lines, ZoneId zone) {

	ContentException wrong(String key, String expected) {
		return new ContentException(file, lines.getOrDefault(key, 1), "'" + key + "' must be " + expected);
	}

	/**
	 * Fails, naming the key's line, when a value is longer than the database keeps: the
	 * file is then reported and skipped instead of stopping the whole import.
	 */
	void limit(String key, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new ContentException(file, lines.getOrDefault(key, 1),
					"'" + key + "' is " + value.length() + " characters long; at most " + max + " are kept");
		}
	}

	void limitEach(String key, List<String> values, int max) {
		values.forEach(value -> limit(key, value, max));
	}

	@Nullable String string(String key) {
		Object value = values.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			throw wrong(key, "a single value");
		}
		String s = value.toString().strip();
		return s.isEmpty() ? null : s;
	}

	boolean bool(String key) {
		Object value = values.get(key);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
			return Boolean.parseBoolean(s);
		}
		throw wrong(key, "true or false");
	}

	@Nullable Integer integer(String key) {
		Object value = values.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Number n) {
			return n.intValue();
		}
		try {
			return Integer.valueOf(value.toString().strip());
		}
		catch (NumberFormatException ex) {
			throw wrong(key, "a whole number");
		}
	}

	List<String> list(String key) {
		Object value = values.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> items) {
			List<String> out = new ArrayList<>();
			for (Object item : items) {
				if (item instanceof Map || item instanceof List) {
					throw wrong(key, "a list of plain values");
				}
				if (item != null && !item.toString().isBlank()) {
					out.add(item.toString().strip());
				}
			}
			return List.copyOf(out);
		}
		if (value instanceof Map) {
			throw wrong(key, "a list or a single value");
		}
		return value.toString().isBlank() ? List.of() : List.of(value.toString().strip());
	}

	/** The first of {@code keys} that has a value, as an instant. */
	@Nullable Instant firstInstant(String... keys) {
		for (String key : keys) {
			Instant instant = instant(key);
			if (instant != null) {
				return instant;
			}
		}
		return null;
	}

	@Nullable Instant instant(String key) {
		Object value = values.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Date d) {
			return d.toInstant();
		}
		if (value instanceof java.time.temporal.TemporalAccessor t) {
			return parse(key, t.toString());
		}
		String s = value.toString().strip();
		return s.isEmpty() ? null : parse(key, s);
	}

	private Instant parse(String key, String text) {
		String s = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11)
				: text;
		s = s.replace(" +", "+").replace(" -", "-").replace(" Z", "Z");
		try {
			if (s.length() == 10) {
				return LocalDate.parse(s).atStartOfDay(zone).toInstant();
			}
			try {
				return OffsetDateTime.parse(s).toInstant();
			}
			catch (DateTimeParseException noOffset) {
				return LocalDateTime.parse(s).atZone(zone).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			throw wrong(key, "a date like 2026-03-01 or 2026-03-01T09:00:00Z");
		}
	}

	@Nullable LocalDate date(String key) {
		Object value = values.get(key);
		if (value != null && value.toString().strip().length() == 10) {
			try {
				return LocalDate.parse(value.toString().strip());
			}
			catch (DateTimeParseException ex) {
				throw wrong(key, "a date like 2026-03-01");
			}
		}
		Instant instant = instant(key);
		return instant == null ? null : LocalDate.ofInstant(instant, zone);
	}

	List<FrontMatter.Faq> faq() {
		Object value = values.get("faq");
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			throw wrong("faq", "a list of 'q' and 'a' pairs");
		}
		List<FrontMatter.Faq> out = new ArrayList<>();
		for (Object item : items) {
			if (!(item instanceof Map<?, ?> pair) || pair.get("q") == null || pair.get("a") == null) {
				throw wrong("faq", "a list of 'q' and 'a' pairs");
			}
			out.add(new FrontMatter.Faq(pair.get("q").toString().strip(), pair.get("a").toString().strip()));
		}
		return List.copyOf(out);
	}

}
