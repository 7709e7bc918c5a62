package org.haven.cluster;

import java.time.Duration;

/**
 * Retries an assertion until it holds or the time is up, then fails with its last error.
 */
final class Eventually {

	interface Check {

		void run() throws Exception;

	}

	private Eventually() {
	}

	static void within(Duration limit, Check check) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			try {
				check.run();
				return;
			}
			catch (AssertionError | Exception ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(20);
			}
		}
	}

}
