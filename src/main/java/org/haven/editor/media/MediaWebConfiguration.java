package org.haven.editor.media;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Readers get the images in {@code content/media/} at {@code /media/<name>}, cached for a
 * day.
 */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

	static final CacheControl CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final MediaLibrary media;

	MediaWebConfiguration(MediaLibrary media) {
		this.media = media;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String folder = media.folder().toAbsolutePath().toUri().toString();
		registry.addResourceHandler("/media/**")
			.addResourceLocations(folder.endsWith("/") ? folder : folder + "/")
			.setCacheControl(CACHING);
	}

}
