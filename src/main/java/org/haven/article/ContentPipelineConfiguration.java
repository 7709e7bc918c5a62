package org.haven.article;

import org.haven.content.ContentReader;
import org.haven.content.ImageSizes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one content pipeline imports and saves render through, told about stored images by
 * whichever module keeps them (so body images get their size and responsive copies), or
 * by nobody.
 */
@Configuration(proxyBeanMethods = false)
class ContentPipelineConfiguration {

	@Bean
	ContentReader contentReader(ObjectProvider<ImageSizes> images) {
		return new ContentReader(images.getIfAvailable(() -> ImageSizes.NONE));
	}

}
