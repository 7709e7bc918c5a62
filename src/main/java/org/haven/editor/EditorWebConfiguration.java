package org.haven.editor;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.article.ArticleNotFound;
import org.haven.article.VocabularyNotFound;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The admin's own stylesheet and script (not themed), the uploaded images in {@code content/media/} at
 * {@code /media/**}, and "not found" for missing articles, revisions and categories.
 */
@Configuration(proxyBeanMethods = false)
class EditorWebConfiguration implements WebMvcConfigurer {

	private final MediaLibrary media;

	EditorWebConfiguration(MediaLibrary media) {
		this.media = media;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/admin/assets/**")
			.addResourceLocations("classpath:/admin-assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate());
		String folder = media.folder().toAbsolutePath().toUri().toString();
		registry.addResourceHandler("/media/**")
			.addResourceLocations(folder.endsWith("/") ? folder : folder + "/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	@ControllerAdvice(basePackageClasses = EditorWebConfiguration.class)
	static class NotFound {

		@ExceptionHandler({ ArticleNotFound.class, VocabularyNotFound.class })
		void notFound(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}

	}

}
