package org.haven.common;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database once and kept until its owner hears that it changed.
 * Owners call {@link #forget} when a change is announced and again after it commits: a
 * read that overlaps either call is returned to its caller but not kept, so a value read
 * before a commit never outlives it; one read inside a writing transaction that rolls
 * back is forgotten.
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
				forgetIfRolledBack();
			}
		}
		return value;
	}

	/**
	 * A value read inside a writing transaction may hold that transaction's changes: it
	 * is kept (an import reads it thousands of times), and forgotten if they roll back.
	 */
	private void forgetIfRolledBack() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						forget();
					}
				}
			});
		}
	}

	public synchronized void forget() {
		changes.incrementAndGet();
		kept = null;
	}

}
