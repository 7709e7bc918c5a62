package org.haven.taxonomy;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * One writer at a time in {@code content/}: an import and an editor's change to
 * {@code categories.yaml} never overlap, so an import never sees the file and the
 * database disagree. Reentrant, so a change may import.
 */
@Component
public class ContentFolderLock {

	private final ReentrantLock lock = new ReentrantLock();

	public <T> T exclusively(Supplier<T> work) {
		lock.lock();
		try {
			return work.get();
		}
		finally {
			lock.unlock();
		}
	}

}
