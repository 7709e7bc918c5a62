package org.haven.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code Accept-Encoding} header (RFC 9110 §12.5.3) for the one coding the page
 * cache offers, gzip.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	/**
	 * Whether gzip is acceptable: named (or as {@code x-gzip}) with a weight above zero,
	 * or, when not named, covered by a {@code *} above zero. {@code q=0} means "not this
	 * one"; a weight that cannot be read counts as zero.
	 */
	static boolean acceptsGzip(@Nullable String header) {
		if (header == null) {
			return false;
		}
		double gzip = -1;
		double any = -1;
		for (String element : header.split(",")) {
			String[] parts = element.split(";");
			String coding = parts[0].strip().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = Math.max(gzip, weight(parts));
			}
			else if (coding.equals("*")) {
				any = Math.max(any, weight(parts));
			}
		}
		return (gzip >= 0 ? gzip : any) > 0;
	}

	private static double weight(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
					&& parameter.charAt(1) == '=') {
				try {
					double q = Double.parseDouble(parameter.substring(2).strip());
					return q >= 0 && q <= 1 ? q : 0;
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
