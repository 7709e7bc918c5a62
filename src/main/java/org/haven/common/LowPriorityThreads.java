package org.haven.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads for work that no reader waits on (editors' saves, precomputed suggestions,
 * newsletters, imports), which run at a lower CPU priority so that on a busy machine page
 * requests are scheduled first and the work still gets the CPU the readers leave.
 * <p>
 * {@link Thread#setPriority} does nothing on Linux unless the JVM is started with
 * {@code -XX:ThreadPriorityPolicy=1}, so each thread raises its own nice value when it
 * starts, with {@code renice} on its thread id (Linux keeps a nice value per thread; an
 * unprivileged process may raise it, never lower it back, so a thread that does this is
 * used for such work only). Where that cannot be done (not Linux, no {@code renice}), the
 * thread runs at normal priority and that is logged once.
 */
public final class LowPriorityThreads {

	/**
	 * The nice value background threads run at: a thread at 10 gets about a tenth of the
	 * CPU a thread at 0 gets when both want it, and all of it when the readers leave it
	 * idle.
	 */
	public static final int NICENESS = 10;

	private static final Logger log = LoggerFactory.getLogger(LowPriorityThreads.class);

	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	private static final AtomicBoolean warned = new AtomicBoolean();

	private LowPriorityThreads() {
	}

	/**
	 * Daemon threads named {@code name-1}, {@code name-2}, ..., each raising its own nice
	 * value to {@link #NICENESS} before its first task.
	 */
	public static ThreadFactory named(String name) {
		return named(name, NICENESS);
	}

	/** Likewise, at the given nice value (0 to 19; 0 leaves the priority alone). */
	public static ThreadFactory named(String name, int niceness) {
		if (niceness < 0 || niceness > 19) {
			throw new IllegalArgumentException("A nice value from 0 to 19, not " + niceness);
		}
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(() -> {
				lowerOwnPriority(niceness);
				task.run();
			}, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * The calling thread's nice value, read from {@code /proc}; empty where there is
	 * none.
	 */
	public static OptionalInt ownNiceness() {
		try {
			String stat = Files.readString(THREAD_SELF.resolve("stat"), StandardCharsets.US_ASCII);
			// after the command name in parentheses: state is field 3 of stat(5), nice 19
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return OptionalInt.of(Integer.parseInt(fields[19 - 3]));
		}
		catch (IOException | RuntimeException ex) {
			return OptionalInt.empty();
		}
	}

	private static void lowerOwnPriority(int niceness) {
		OptionalInt before = ownNiceness();
		if (before.isEmpty()) {
			warnOnce("this system has no /proc/thread-self");
			return;
		}
		if (before.getAsInt() >= niceness) {
			return;
		}
		try {
			// "<pid>/task/<tid>": renice applies to the one thread
			String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", Integer.toString(niceness), "-p", threadId)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!renice.waitFor(10, TimeUnit.SECONDS)) {
				renice.destroyForcibly();
			}
		}
		catch (IOException ex) {
			warnOnce(ex.getMessage());
			return;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		if (ownNiceness().orElse(before.getAsInt()) <= before.getAsInt()) {
			warnOnce("renice did not change the thread's nice value");
		}
	}

	private static void warnOnce(String why) {
		if (warned.compareAndSet(false, true)) {
			log.info("Background work runs at normal CPU priority, sharing the CPU equally with readers ({})", why);
		}
	}

}
