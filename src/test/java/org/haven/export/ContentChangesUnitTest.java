package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.haven.article.SiteContentChanged;
import org.junit.jupiter.api.Test;
import org.springframework.context.PayloadApplicationEvent;

/**
 * A watching export runs once per burst of content changes, ignores other events, and
 * stops waiting when it is interrupted.
 */
class ContentChangesUnitTest {

	final ContentChanges changes = new ContentChanges();

	@Test
	void aBurstOfChangesWakesTheWatcherOnce() throws Exception {
		for (int i = 0; i < 3; i++) {
			changes.onApplicationEvent(new PayloadApplicationEvent<>(this, new SiteContentChanged("import", false)));
		}

		assertThat(changes.await()).isTrue();
		assertThat(stillWaitingAfter(300)).as("the burst was taken as one change").isTrue();
	}

	@Test
	void otherEventsDoNotWakeIt() throws Exception {
		changes.onApplicationEvent(new PayloadApplicationEvent<>(this, "something else"));

		assertThat(stillWaitingAfter(300)).isTrue();
	}

	@Test
	void anInterruptStopsTheWait() throws Exception {
		CompletableFuture<Boolean> woke = new CompletableFuture<>();
		Thread watcher = new Thread(() -> woke.complete(changes.await()));
		watcher.start();
		watcher.interrupt();

		assertThat(woke.get(5, TimeUnit.SECONDS)).isFalse();
	}

	/** Whether await() is still blocked after this many milliseconds. */
	private boolean stillWaitingAfter(long millis) throws Exception {
		CompletableFuture<Boolean> woke = new CompletableFuture<>();
		Thread watcher = new Thread(() -> woke.complete(changes.await()));
		watcher.start();
		watcher.join(millis);
		boolean waiting = !woke.isDone();
		watcher.interrupt();
		watcher.join(5000);
		return waiting;
	}

}
