package org.haven.editor;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.article.ArticleNotFound;
import org.haven.taxonomy.VocabularyNotFound;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The admin's own stylesheet and script (not themed), and "not found" for missing
 * articles, revisions and categories.
 */
@Configuration(proxyBeanMethods = false)
class EditorWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/admin/assets/**")
			.addResourceLocations("classpath:/admin-assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate());
	}

	@ControllerAdvice(basePackageClasses = EditorWebConfiguration.class)
	static class NotFound {

		@ExceptionHandler({ ArticleNotFound.class, VocabularyNotFound.class })
		void notFound(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}

	}

}
