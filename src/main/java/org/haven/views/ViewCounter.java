package org.haven.views;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Views counted since the last flush, per day and article slug, in memory. Counting is a
 * map lookup and a {@link LongAdder} increment; {@link #drain()} takes what was counted
 * with {@link LongAdder#sumThenReset()}, so a view counted while draining lands in this
 * drain or the next, never nowhere.
 */
class ViewCounter {

	private final Clock clock;

	private final ZoneId zone;

	private final Map<LocalDate, Map<String, LongAdder>> days = new ConcurrentHashMap<>();

	private volatile Today today;

	ViewCounter(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
		this.today = today(clock.millis());
	}

	void count(String slug) {
		Map<String, LongAdder> counts = todaysCounts();
		LongAdder adder = counts.get(slug);
		if (adder == null) {
			adder = counts.computeIfAbsent(slug, any -> new LongAdder());
		}
		adder.increment();
	}

	/**
	 * Everything counted since the last drain, as (day, slug, views) with views above
	 * zero. Days before today are forgotten once drained empty.
	 */
	/** Views of this slug counted and not yet drained, on any day. */
	long pending(String slug) {
		return days.values().stream().mapToLong(counts -> {
			LongAdder adder = counts.get(slug);
			return adder == null ? 0 : adder.sum();
		}).sum();
	}

	List<Tally> drain() {
		List<Tally> tallies = new ArrayList<>();
		LocalDate current = today.day();
		days.forEach((day, counts) -> {
			int before = tallies.size();
			counts.forEach((slug, adder) -> {
				long views = adder.sumThenReset();
				if (views > 0) {
					tallies.add(new Tally(day, slug, views));
				}
			});
			// A counter that read a past day just before midnight may still add to it:
			// a past day goes only after a drain that found nothing in it.
			if (day.isBefore(current) && tallies.size() == before) {
				days.remove(day, counts);
			}
		});
		return tallies;
	}

	/** Puts back tallies a failed flush could not store, to be tried again. */
	void restore(List<Tally> tallies) {
		tallies.forEach(tally -> days.computeIfAbsent(tally.day(), any -> new ConcurrentHashMap<>())
			.computeIfAbsent(tally.slug(), any -> new LongAdder())
			.add(tally.views()));
	}

	private Map<String, LongAdder> todaysCounts() {
		Today current = today;
		long now = clock.millis();
		if (now >= current.endsAt() || now < current.startsAt()) {
			current = today(now);
			today = current;
		}
		return current.counts();
	}

	private Today today(long millis) {
		LocalDate day = Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
		long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
		long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
		return new Today(day, start, end, days.computeIfAbsent(day, any -> new ConcurrentHashMap<>()));
	}

	/** Views of one article on one day. */
	record Tally(LocalDate day, String slug, long views) {
	}

	private record Today(LocalDate day, long startsAt, long endsAt, Map<String, LongAdder> counts) {
	}

}
