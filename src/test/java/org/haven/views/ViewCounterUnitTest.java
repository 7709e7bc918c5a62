package org.haven.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.haven.support.MutableClock;
import org.haven.views.ViewCounter.Tally;
import org.junit.jupiter.api.Test;

class ViewCounterUnitTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T22:59:58Z"));

	final ViewCounter counter = new ViewCounter(clock, ZoneId.of("Europe/London"));

	@Test
	void countsAreDailyTotalsPerArticleAndADrainTakesThemOnce() {
		counter.count("a");
		counter.count("a");
		counter.count("b");

		assertThat(counter.drain()).containsExactlyInAnyOrder(new Tally(LocalDate.of(2026, 11, 23), "a", 2),
				new Tally(LocalDate.of(2026, 11, 23), "b", 1));
		assertThat(counter.drain()).isEmpty();
	}

	@Test
	void aViewAfterMidnightInTheSitesZoneCountsForTheNewDay() {
		counter.count("a");
		clock.advance(Duration.ofHours(1).plusSeconds(5));
		counter.count("a");

		assertThat(counter.drain()).containsExactlyInAnyOrder(new Tally(LocalDate.of(2026, 11, 23), "a", 1),
				new Tally(LocalDate.of(2026, 11, 24), "a", 1));
	}

	@Test
	void viewsAFlushCouldNotStoreAreKeptForTheNext() {
		counter.count("a");
		List<Tally> failed = counter.drain();

		counter.restore(failed);
		counter.count("a");

		assertThat(counter.drain()).containsExactly(new Tally(LocalDate.of(2026, 11, 23), "a", 2));
	}

	@Test
	void themesShowTotalsRoundedDownToTwoSignificantFigures() {
		assertThat(List.of(7L, 99L, 100L, 1234L, 98765L).stream().map(Views::roughly)).containsExactly(7L, 99L, 100L,
				1200L, 98000L);
	}

}
