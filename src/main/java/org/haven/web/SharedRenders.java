package org.haven.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * Overlapping renders of one page share a result: the first request for a key renders it,
 * and requests for the same key that arrive while it runs wait for its page instead of
 * rendering it again. Without this, every reader of a busy page renders it at once after
 * each publish (all of them miss the emptied cache). A request only joins a render that
 * started in the same cache generation, so nobody who arrives after a change is handed a
 * page from before it.
 */
final class SharedRenders {

	/**
	 * One render in progress: the generation it started in and the page it will give
	 * (null: nothing to share).
	 */
	private record Flight(long generation, CompletableFuture<@Nullable CachedPage> page) {
	}

	/** A request's place in a flight: it either leads (renders) or follows (waits). */
	record Seat(String key, Flight flight, boolean leads) {
	}

	private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

	private final Duration maxWait;

	SharedRenders(Duration maxWait) {
		this.maxWait = maxWait;
	}

	/**
	 * Joins the render of {@code key} started in {@code generation}, or leads a new one.
	 */
	Seat join(String key, long generation) {
		Flight mine = new Flight(generation, new CompletableFuture<>());
		Flight current = flights.compute(key,
				(k, running) -> running != null && running.generation() == generation ? running : mine);
		return new Seat(key, current, current == mine);
	}

	/**
	 * The leader's page for those waiting ({@code null} if it cannot be shared); ends the
	 * flight.
	 */
	void land(Seat seat, @Nullable CachedPage page) {
		seat.flight().page().complete(page);
		flights.remove(seat.key(), seat.flight());
	}

	/**
	 * For a follower: the leader's page, or {@code null} if there is none to share or it
	 * took too long.
	 */
	@Nullable CachedPage await(Seat seat) {
		try {
			return seat.flight().page().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** Whether a render of {@code key} is running, whatever generation it started in. */
	boolean running(String key) {
		return flights.containsKey(key);
	}

	int inFlight() {
		return flights.size();
	}

}
