package org.haven.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Small name/value maps stored as one text column, a pair a line. Values never hold line
 * breaks (they are headers and URLs), so none is escaped; any that sneaks in becomes a
 * space rather than a header injection.
 */
final class Lines {

	private Lines() {
	}

	static String write(Map<String, String> values, String separator) {
		return values.entrySet()
			.stream()
			.map(e -> clean(e.getKey()) + separator + clean(e.getValue()))
			.collect(Collectors.joining("\n"));
	}

	static Map<String, String> read(@Nullable String text, String separator) {
		Map<String, String> values = new LinkedHashMap<>();
		if (text == null || text.isEmpty()) {
			return values;
		}
		for (String line : text.split("\n")) {
			int at = line.indexOf(separator);
			if (at > 0) {
				values.put(line.substring(0, at), line.substring(at + separator.length()));
			}
		}
		return values;
	}

	private static String clean(String value) {
		return value.replace('\r', ' ').replace('\n', ' ');
	}

}
