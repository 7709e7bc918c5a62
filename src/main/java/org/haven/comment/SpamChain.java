package org.haven.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scored spam rules, each a small pure function of the comment and the settings. A
 * rule that fires adds points and says why; the sum decides with the admin's thresholds.
 * (The rate limit comes first and refuses outright, in {@code org.haven.publicform}.)
 */
final class SpamChain {

	private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.");

	/** What the rules look at. */
	record Input(String body, boolean honeypotFilled, boolean tooFast, boolean duplicate) {
	}

	/** The total and the rules that fired ("links:3", "banned:casino"...). */
	record Score(int points, List<String> reasons) {

		String reasonText() {
			return String.join(", ", reasons);
		}

	}

	private SpamChain() {
	}

	static Score score(Input input, ModerationSettings settings) {
		List<String> reasons = new ArrayList<>();
		int points = 0;
		int links = links(input.body());
		if (links > 1) {
			points += (links - 1) * 3;
			reasons.add("links:" + links);
		}
		String lower = input.body().toLowerCase(Locale.ROOT);
		for (String word : settings.bannedWords()) {
			if (!word.isBlank() && lower.contains(word.toLowerCase(Locale.ROOT))) {
				points += 5;
				reasons.add("banned:" + word);
			}
		}
		if (input.body().strip().length() < 4) {
			points += 2;
			reasons.add("too short");
		}
		if (input.honeypotFilled()) {
			points += 10;
			reasons.add("honeypot");
		}
		if (input.tooFast()) {
			points += 6;
			reasons.add("too fast");
		}
		if (input.duplicate()) {
			points += 8;
			reasons.add("duplicate");
		}
		return new Score(points, reasons);
	}

	static int links(String body) {
		Matcher matcher = URL.matcher(body);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
