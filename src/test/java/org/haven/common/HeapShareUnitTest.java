package org.haven.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Cache defaults shrink with a small heap and keep their size in a large one. */
class HeapShareUnitTest {

	static final DataSize PREFERRED = DataSize.ofMegabytes(32);

	@Test
	void aSmallHeapGetsItsShare() {
		assertThat(HeapShare.atMost(PREFERRED, 8, DataSize.ofMegabytes(128).toBytes()))
			.isEqualTo(DataSize.ofMegabytes(16));
	}

	@Test
	void aLargeHeapGetsThePreferredSize() {
		assertThat(HeapShare.atMost(PREFERRED, 8, DataSize.ofGigabytes(2).toBytes())).isEqualTo(PREFERRED);
	}

	@Test
	void anUnboundedHeapGetsThePreferredSize() {
		assertThat(HeapShare.atMost(PREFERRED, 8, Long.MAX_VALUE)).isEqualTo(PREFERRED);
	}

}
