package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.haven.common.HeapShare;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The feed cache's size: the heap's share by default, or what the operator set. */
class FeedPropertiesUnitTest {

	static FeedProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("haven.feed",
				FeedProperties.class);
	}

	@Test
	void withoutASettingTheCacheTakesSixteenMegabytesAtMostASixteenthOfTheHeap() {
		assertThat(bind(Map.of()).cacheSize()).isEqualTo(HeapShare.atMost(DataSize.ofMegabytes(16), 16)).isNotNull();
	}

	@Test
	void aSetSizeIsKeptWhateverTheHeap() {
		assertThat(bind(Map.of("haven.feed.cache-size", "300MB")).cacheSize()).isEqualTo(DataSize.ofMegabytes(300));
	}

}
