package org.haven.mail;

/**
 * Spaces sends out to a steady rate. It is also where a sender stops between two mails:
 * an interrupt while pausing ends the pass with nothing half done.
 */
@FunctionalInterface
interface Pacer {

	void pause() throws InterruptedException;

	/** No waiting: a test or a manual flush. */
	Pacer NONE = () -> {
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
	};

	/** At most {@code perSecond} mails a second, without bursts to catch up. */
	static Pacer rate(double perSecond) {
		long interval = (long) (1_000_000_000L / perSecond);
		return new Pacer() {

			private long next = System.nanoTime();

			@Override
			public void pause() throws InterruptedException {
				long now = System.nanoTime();
				next = Math.max(next + interval, now);
				long wait = next - now;
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				else if (Thread.interrupted()) {
					throw new InterruptedException();
				}
			}
		};
	}

}
