package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SharedRendersUnitTest {

	final SharedRenders renders = new SharedRenders(Duration.ofSeconds(5));

	static CachedPage page(String body) {
		return CachedPage.of("text/html", Map.of("X-Test", List.of("1")), body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aRequestForAPageBeingRenderedWaitsForThatRender() {
		SharedRenders.Seat first = renders.join("/tags", 0);
		SharedRenders.Seat second = renders.join("/tags", 0);
		assertThat(first.leads()).isTrue();
		assertThat(second.leads()).isFalse();

		CachedPage tags = page("tags");
		renders.land(first, tags);

		assertThat(renders.await(second)).isSameAs(tags);
		assertThat(renders.inFlight()).isZero();
	}

	@Test
	void aRequestAfterAChangeRendersAfreshInsteadOfJoiningARenderFromBefore() {
		SharedRenders.Seat before = renders.join("/tags", 0);
		SharedRenders.Seat after = renders.join("/tags", 1);
		assertThat(after.leads()).isTrue();

		renders.land(before, page("old"));
		SharedRenders.Seat later = renders.join("/tags", 1);

		assertThat(later.leads()).isFalse();
		renders.land(after, page("new"));
		assertThat(renders.await(later).body()).asString(StandardCharsets.UTF_8).isEqualTo("new");
	}

	@Test
	void differentPagesRenderIndependently() {
		assertThat(renders.join("/tags", 0).leads()).isTrue();
		assertThat(renders.join("/categories", 0).leads()).isTrue();
	}

	@Test
	void waitingRequestsRenderThemselvesWhenThereIsNothingToShare() {
		SharedRenders.Seat first = renders.join("/missing", 0);
		SharedRenders.Seat second = renders.join("/missing", 0);

		renders.land(first, null);

		assertThat(renders.await(second)).isNull();
	}

	@Test
	void waitingStopsAfterTheLongestWait() {
		SharedRenders impatient = new SharedRenders(Duration.ofMillis(20));
		impatient.join("/slow", 0);

		assertThat(impatient.await(impatient.join("/slow", 0))).isNull();
	}

}
