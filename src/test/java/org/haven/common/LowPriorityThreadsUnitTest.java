package org.haven.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LowPriorityThreadsUnitTest {

	@Test
	void aThreadOfTheFactoryRunsItsWorkAtTheLowerPriority() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2, LowPriorityThreads.named("background-work"));
		try {
			record Seen(String name, boolean daemon, OptionalInt niceness) {
			}
			Seen seen = pool
				.submit(() -> new Seen(Thread.currentThread().getName(), Thread.currentThread().isDaemon(),
						LowPriorityThreads.ownNiceness()))
				.get(30, TimeUnit.SECONDS);

			assertThat(seen.name()).isEqualTo("background-work-1");
			assertThat(seen.daemon()).isTrue();
			// these machines run Linux with renice: a thread left at normal priority is a
			// failure here
			assertThat(seen.niceness()).hasValue(LowPriorityThreads.NICENESS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theNiceValueMayBeChosenWithinTheRangeLinuxAllows() throws Exception {
		OptionalInt[] seen = new OptionalInt[1];
		Thread thread = LowPriorityThreads.named("lowest", 19)
			.newThread(() -> seen[0] = LowPriorityThreads.ownNiceness());
		thread.start();
		thread.join(30_000);

		assertThat(seen[0]).hasValue(19);
		assertThatIllegalArgumentException().isThrownBy(() -> LowPriorityThreads.named("x", 20));
		assertThatIllegalArgumentException().isThrownBy(() -> LowPriorityThreads.named("x", -1));
	}

	@Test
	void theThreadThatMadeItKeepsItsOwnPriority() throws Exception {
		OptionalInt before = LowPriorityThreads.ownNiceness();
		Thread thread = LowPriorityThreads.named("background-work").newThread(() -> {
		});
		thread.start();
		thread.join(30_000);

		assertThat(before).isPresent();
		assertThat(LowPriorityThreads.ownNiceness()).isEqualTo(before);
		assertThat(before.getAsInt()).isLessThan(LowPriorityThreads.NICENESS);
	}

}
