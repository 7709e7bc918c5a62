package org.haven.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The previous version of pages whose content was revised, kept for a short grace so that
 * readers who arrive while the new version renders get the old bytes at once instead of
 * waiting or rendering it again. A stale page is never served after {@code grace} from
 * the moment it stopped being current, and every drop that forbids stale serving
 * ({@link #dropAll}, {@link #dropShowing}) removes the copies it concerns and refuses
 * those of renders that started before it ({@link #drops}).
 */
final class StalePages {

	/**
	 * A page and the time (ticker nanoseconds) from which it may be out of date.
	 */
	private record Stale(CachedPage page, long since) {
	}

	private final Cache<String, Stale> pages;

	private final long graceNanos;

	private final Ticker ticker;

	private final AtomicLong drops = new AtomicLong();

	private final AtomicLong served = new AtomicLong();

	StalePages(Duration grace, DataSize maxSize, Ticker ticker) {
		this.graceNanos = grace.toNanos();
		this.ticker = ticker;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String key, Stale stale) -> stale.page().weight())
			.expireAfter(new Expiry<String, Stale>() {
				@Override
				public long expireAfterCreate(String key, Stale stale, long now) {
					return Math.max(0, stale.since() + graceNanos - now);
				}

				@Override
				public long expireAfterUpdate(String key, Stale stale, long now, long current) {
					return expireAfterCreate(key, stale, now);
				}

				@Override
				public long expireAfterRead(String key, Stale stale, long now, long current) {
					return current;
				}
			})
			.ticker(ticker)
			.build();
	}

	/** Publishes how many answers were stale, as {@code haven.pages.stale}. */
	void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("haven.pages.stale", served, AtomicLong::get)
			.description("Anonymous answers given from a page's previous version while its new one rendered")
			.register(registry);
	}

	/** Now, on the ticker that grace periods are measured with. */
	long now() {
		return ticker.read();
	}

	/**
	 * How many drops without stale have happened; a render notes it when it starts, and
	 * its page may be kept stale only if the count has not moved since.
	 */
	long drops() {
		return drops.get();
	}

	/**
	 * Keeps {@code page} as the stale version of {@code key}, out of date from
	 * {@code since}, unless a drop happened after {@code dropsBefore} was read or a newer
	 * stale version is already kept.
	 */
	void keep(String key, CachedPage page, long since, long dropsBefore) {
		if (graceNanos <= 0 || drops.get() != dropsBefore) {
			return;
		}
		Stale mine = new Stale(page.withoutFiles(), since);
		pages.asMap().merge(key, mine, (kept, offered) -> kept.since() > offered.since() ? kept : offered);
		if (drops.get() != dropsBefore) {
			// a drop ran while this was kept: it may have missed it
			pages.asMap().remove(key, mine);
		}
	}

	/** The stale version of {@code key}, while within its grace. */
	@Nullable CachedPage get(String key) {
		Stale stale = pages.getIfPresent(key);
		return stale == null ? null : stale.page();
	}

	/** Counts one answer given from a stale version. */
	void countServed() {
		served.incrementAndGet();
	}

	long served() {
		return served.get();
	}

	/** Forgets the stale version of {@code key}: it was replaced, or is gone. */
	void forget(String key) {
		pages.invalidate(key);
	}

	/** Drops every stale page, and refuses those of renders already running. */
	void dropAll() {
		drops.incrementAndGet();
		pages.invalidateAll();
	}

	/**
	 * Drops the stale pages that may show article {@code id}, and refuses those of
	 * renders already running.
	 */
	void dropShowing(long id) {
		drops.incrementAndGet();
		pages.asMap().values().removeIf(stale -> stale.page().mayShow(id));
	}

}
