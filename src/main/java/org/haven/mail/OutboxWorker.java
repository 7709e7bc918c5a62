package org.haven.mail;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.haven.config.JobLock;

import org.springframework.context.SmartLifecycle;

/**
 * The background sender: one thread that runs passes of {@link OutboxSender} at the
 * configured rate, sleeps while nothing is due (or until woken by a new enqueue), and
 * backs off, doubling up to the maximum, while the SMTP server keeps failing. In a
 * cluster only the node holding the {@link JobLock} sends; the others' workers idle.
 */
class OutboxWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final OutboxSender sender;

	private final MailProperties properties;

	private final Object signal = new Object();

	private volatile Thread thread;

	private final JobLock lock;

	private int failures;

	OutboxWorker(OutboxSender sender, MailProperties properties, JobLock lock) {
		this.sender = sender;
		this.properties = properties;
		this.lock = lock;
	}

	/** New mail is queued: look now rather than at the next poll. */
	void wake() {
		synchronized (signal) {
			signal.notifyAll();
		}
	}

	@Override
	public void start() {
		if (!properties.workerEnabled() || thread != null) {
			return;
		}
		Thread worker = new Thread(this::run, "haven-mail-outbox");
		worker.setDaemon(true);
		thread = worker;
		worker.start();
	}

	@Override
	public void stop() {
		Thread worker = thread;
		thread = null;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void run() {
		Pacer pacer = Pacer.rate(properties.ratePerSecond());
		while (thread == Thread.currentThread()) {
			try {
				if (!lock.held()) {
					waitFor(properties.pollInterval());
					continue;
				}
				OutboxSender.Pass pass = sender.sendDue(pacer);
				failures = (pass.failed() > 0) ? failures + 1 : 0;
				waitFor((failures > 0) ? properties.backoffAfter(failures) : properties.pollInterval());
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// the database is away: the rows are safe in it, so wait and try again
				log.warn("Mail outbox pass failed: {}", ex.getMessage());
				try {
					waitFor(properties.pollInterval().multipliedBy(5));
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	private void waitFor(Duration duration) throws InterruptedException {
		synchronized (signal) {
			signal.wait(Math.max(1, duration.toMillis()));
		}
	}

}
