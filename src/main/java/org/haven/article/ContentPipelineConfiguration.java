package org.haven.article;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.haven.config.SiteProperties;
import org.haven.content.ContentReader;
import org.haven.content.ImageSizes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one content pipeline imports and saves render through, told about stored images by
 * whichever module keeps them (so body images get their size and responsive copies), or
 * by nobody. Dates without a time are read in the site's time zone.
 */
@Configuration(proxyBeanMethods = false)
class ContentPipelineConfiguration {

	@Bean
	ContentReader contentReader(ObjectProvider<ImageSizes> images, ObjectProvider<SiteProperties> site) {
		ZoneId zone = site.getIfAvailable() == null ? ZoneOffset.UTC : site.getObject().timeZone();
		return new ContentReader(images.getIfAvailable(() -> ImageSizes.NONE), zone);
	}

}
