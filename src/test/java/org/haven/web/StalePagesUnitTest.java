package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The previous versions of pages: how long they last, what replaces them, what drops
 * them.
 */
class StalePagesUnitTest {

	static final long SECOND = Duration.ofSeconds(1).toNanos();

	final AtomicLong clock = new AtomicLong(1_000 * SECOND);

	final StalePages stale = new StalePages(Duration.ofSeconds(2), DataSize.ofMegabytes(1), clock::get);

	@Test
	void aPreviousVersionLastsTheGraceFromWhenItStoppedBeingCurrent() {
		stale.keep("/a", page("old", 1L), clock.get(), stale.drops());

		clock.addAndGet(SECOND);
		assertThat(body(stale.get("/a"))).isEqualTo("old");

		clock.addAndGet(SECOND + 1);
		assertThat(stale.get("/a")).as("past the grace").isNull();
	}

	@Test
	void aRenderThatStartedBeforeAChangeCountsFromItsStartNotFromWhenItLanded() {
		long renderStarted = clock.get();
		clock.addAndGet(SECOND + SECOND / 2);

		stale.keep("/a", page("rendered", 1L), renderStarted, stale.drops());
		assertThat(body(stale.get("/a"))).isEqualTo("rendered");

		clock.addAndGet(SECOND);
		assertThat(stale.get("/a")).isNull();
	}

	@Test
	void aNewerVersionReplacesAnOlderOneButNotTheOtherWayRound() {
		long older = clock.get();
		clock.addAndGet(SECOND);
		stale.keep("/a", page("newer", 1L), clock.get(), stale.drops());

		stale.keep("/a", page("older", 1L), older, stale.drops());

		assertThat(body(stale.get("/a"))).isEqualTo("newer");
		stale.forget("/a");
		assertThat(stale.get("/a")).as("replaced by the current page").isNull();
	}

	@Test
	void aDropWithoutStaleRemovesEveryPreviousVersionAndRefusesRendersThatStartedBeforeIt() {
		long before = stale.drops();
		stale.keep("/a", page("a", 1L), clock.get(), before);

		stale.dropAll();
		stale.keep("/b", page("b", 2L), clock.get(), before);

		assertThat(stale.get("/a")).isNull();
		assertThat(stale.get("/b")).as("its render started before the drop").isNull();
		stale.keep("/b", page("b", 2L), clock.get(), stale.drops());
		assertThat(stale.get("/b")).isNotNull();
	}

	@Test
	void droppingOneArticleRemovesThePreviousVersionsThatMayShowIt() {
		stale.keep("/a", page("a", 1L, 2L), clock.get(), stale.drops());
		stale.keep("/b", page("b", 3L), clock.get(), stale.drops());
		stale.keep("/tags", page("tags"), clock.get(), stale.drops());

		stale.dropShowing(2);

		assertThat(stale.get("/a")).isNull();
		assertThat(stale.get("/b")).isNotNull();
		assertThat(stale.get("/tags")).as("did not say what it shows").isNull();
	}

	@Test
	void aZeroGraceKeepsNothing() {
		StalePages off = new StalePages(Duration.ZERO, DataSize.ofMegabytes(1), clock::get);

		off.keep("/a", page("a", 1L), clock.get(), off.drops());

		assertThat(off.get("/a")).isNull();
	}

	/** A page showing {@code ids}; none at all means it does not say. */
	private static CachedPage page(String body, Long... ids) {
		return CachedPage.of("text/html", Map.of("X-Frame-Options", List.of("DENY")),
				body.getBytes(StandardCharsets.UTF_8), ids.length == 0 ? null : Set.of(ids));
	}

	private static String body(CachedPage page) {
		return new String(page.body(), StandardCharsets.UTF_8);
	}

}
