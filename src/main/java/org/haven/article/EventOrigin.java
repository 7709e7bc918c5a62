package org.haven.article;

import java.util.function.Supplier;

/**
 * Whether the event being handled on this thread started on another node. Such an event
 * is replayed locally so caches and indexes refresh exactly as for a local change; the
 * few listeners that write (queueing the article's mail, relaying the event onwards)
 * leave it alone, since the node where the change happened already did.
 */
public final class EventOrigin {

	private static final ThreadLocal<Boolean> REMOTE = ThreadLocal.withInitial(() -> false);

	private EventOrigin() {
	}

	/** Whether the current event came from another node. */
	public static boolean remote() {
		return REMOTE.get();
	}

	/** Publishes events that came from another node, through {@code publish}. */
	public static <T> T replay(Supplier<T> publish) {
		REMOTE.set(true);
		try {
			return publish.get();
		}
		finally {
			REMOTE.remove();
		}
	}

}
