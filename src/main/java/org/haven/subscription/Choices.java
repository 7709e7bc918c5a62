package org.haven.subscription;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a reader follows (the whole site, or some categories, tags and authors) and how
 * often. No topics means the whole site.
 */
public record Choices(Set<Topic> topics, Frequency frequency) {

	static final int MAX_TOPICS = 50;

	public Choices {
		topics = Set.copyOf(topics);
	}

	public boolean wholeSite() {
		return topics.isEmpty();
	}

	/**
	 * From a form: topics as {@code category:anxiety} values (unknown kinds and odd slugs
	 * are dropped), a frequency of {@code weekly} or anything else for each article.
	 */
	public static Choices of(Collection<String> topics, String frequency) {
		Set<Topic> parsed = topics.stream()
			.map(Topic::parse)
			.flatMap(Optional::stream)
			.limit(MAX_TOPICS)
			.collect(Collectors.toSet());
		return new Choices(parsed, "weekly".equalsIgnoreCase(frequency) ? Frequency.WEEKLY : Frequency.EACH);
	}

	/** {@code weekly|category:anxiety,tag:sleep}, as a pending request keeps them. */
	String write() {
		return frequency.name() + "|"
				+ topics.stream()
					.map(Topic::toString)
					.collect(Collectors.toCollection(TreeSet::new))
					.stream()
					.collect(Collectors.joining(","));
	}

	static Choices read(String text) {
		int bar = text.indexOf('|');
		String topics = text.substring(bar + 1);
		return of(topics.isEmpty() ? Set.of() : Set.of(topics.split(",")), text.substring(0, bar));
	}

}
