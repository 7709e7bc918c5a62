package org.haven.related;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/** Many readers or one writer at a time, without the try/finally at every call. */
final class ReadWriteGuard {

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	<T> T read(Supplier<T> query) {
		lock.readLock().lock();
		try {
			return query.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	void write(Runnable change) {
		lock.writeLock().lock();
		try {
			change.run();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

}
