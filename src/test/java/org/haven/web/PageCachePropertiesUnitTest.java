package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.haven.common.HeapShare;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The page cache's size: the heap's share by default, or what the operator set. */
class PageCachePropertiesUnitTest {

	static PageCacheProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("haven.web.page-cache",
				PageCacheProperties.class);
	}

	@Test
	void withoutASettingTheCacheTakesThirtyTwoMegabytesAtMostAnEighthOfTheHeap() {
		assertThat(bind(Map.of()).maxSize()).isEqualTo(HeapShare.atMost(DataSize.ofMegabytes(32), 8)).isNotNull();
	}

	@Test
	void aSetSizeIsKeptWhateverTheHeap() {
		assertThat(bind(Map.of("haven.web.page-cache.max-size", "1GB")).maxSize()).isEqualTo(DataSize.ofGigabytes(1));
	}

}
