package org.haven.common;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value read from the database once and kept until its owner hears that it changed.
 * Owners call {@link #forget} when a change is announced and again after it commits: a
 * read that overlaps either call is returned to its caller but not kept, so a value read
 * before a commit never outlives it.
 */
public final class KeptValue<T> {

	private final Supplier<T> read;

	private final AtomicLong changes = new AtomicLong();

	private volatile @Nullable T kept;

	public KeptValue(Supplier<T> read) {
		this.read = read;
	}

	public T get() {
		T value = kept;
		if (value != null) {
			return value;
		}
		long before = changes.get();
		value = read.get();
		synchronized (this) {
			if (changes.get() == before) {
				kept = value;
			}
		}
		return value;
	}

	public synchronized void forget() {
		changes.incrementAndGet();
		kept = null;
	}

}
