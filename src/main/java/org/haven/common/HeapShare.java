package org.haven.common;

import org.springframework.util.unit.DataSize;

/**
 * Default sizes for what Haven keeps in memory beyond its data (prepared pages, feeds),
 * which shrink with a small heap: a site of 10,000 articles holds about 80 MB of its own,
 * so in {@code -Xmx128m} full-size caches would leave no room to build a page.
 */
public final class HeapShare {

	private HeapShare() {
	}

	/** {@code preferred}, or a {@code divisor}th of the maximum heap if that is less. */
	public static DataSize atMost(DataSize preferred, int divisor) {
		return atMost(preferred, divisor, Runtime.getRuntime().maxMemory());
	}

	static DataSize atMost(DataSize preferred, int divisor, long maxHeap) {
		if (maxHeap == Long.MAX_VALUE) {
			return preferred;
		}
		return DataSize.ofBytes(Math.min(preferred.toBytes(), maxHeap / divisor));
	}

}
