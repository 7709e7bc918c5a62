package org.haven.export;

import java.util.concurrent.Semaphore;

import org.haven.article.SiteContentChanged;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Tells a watching export that the site's content changed: one signal per
 * {@link SiteContentChanged}, which an import publishes once it has stored what changed.
 * Signals that arrive while an export runs are merged into one next run.
 */
final class ContentChanges implements ApplicationListener<ApplicationEvent> {

	private final Semaphore changes = new Semaphore(0);

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof SiteContentChanged) {
			changes.release();
		}
	}

	/**
	 * Waits for the next change and takes every change that has come since; false when
	 * the waiting thread is interrupted (the command is stopping).
	 */
	boolean await() {
		try {
			changes.acquire();
			changes.drainPermits();
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
