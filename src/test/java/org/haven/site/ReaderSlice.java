package org.haven.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.Clock;

import org.haven.article.Articles;
import org.haven.article.ReviewQueue;
import org.haven.article.ReviewProperties;
import org.haven.care.CrisisTopics;
import org.haven.care.HelpDirectory;
import org.haven.config.LocaleConfiguration;
import org.haven.comment.CommentCounts;
import org.haven.comment.Comments;
import org.haven.comment.CommentsOpen;
import org.haven.config.SiteKeys;
import org.haven.config.SiteProperties;
import org.haven.config.SiteSecurity;
import org.haven.content.ContentProperties;
import org.haven.editor.media.MediaLibrary;
import org.haven.feed.FeedCatalog;
import org.haven.publicform.PublicFormProperties;
import org.haven.publicform.PublicForms;
import org.haven.related.RelatedArticles;
import org.haven.search.Search;
import org.haven.taxonomy.Categories;
import org.haven.support.MigratedDatabase;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeMessageSource;
import org.haven.theme.ThemeRegistry;
import org.haven.theme.ThemeTemplateResolver;
import org.haven.views.Views;
import org.haven.web.AssetUrls;
import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The reader controllers in a {@code @WebMvcTest}, all of them, so that their tests share
 * one application context, with what they have around them: the shipped themes from
 * {@code themes/} rendered through the real template resolver, the site model every page
 * gets ({@link SiteModelAdvice}), the real page metadata ({@link MetaFactory}) and the
 * site's security chain. The read side it asks for content ({@link Articles}, related
 * posts, search, the feed catalogue, view counts) is mocked at the slice boundary, since
 * the real ones need the database: autowire them to say what they answer, with real
 * read-model records.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest({ ArchiveController.class, ArticleController.class, AuthorController.class, HelpController.class,
		HomeController.class, PageController.class, SearchController.class, TaxonomyController.class })
@Import({ ReaderSlice.Parts.class, LocaleConfiguration.class, SiteSecurity.class, MetaFactory.class,
		ThemeRegistry.class, AssetUrls.class, ArticleExtras.class, HelpDirectory.class, CrisisTopics.class,
		SiteWords.class, CommentSections.class, PublicForms.class })
@MockitoBean(types = { Articles.class, RelatedArticles.class, Search.class, FeedCatalog.class, ReviewQueue.class,
		Views.class, Categories.class, Comments.class, CommentsOpen.class, CommentCounts.class })
@TestPropertySource(properties = { "haven.theme.dir=themes", "haven.content.dir=content", "haven.theme.active=calm",
		"haven.site.data-dir=target/test-data" })
@interface ReaderSlice {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ SiteProperties.class, ThemeProperties.class, ContentProperties.class,
			ReviewProperties.class, SiteDisclaimer.class, PublicFormProperties.class })
	class Parts {

		/** Form tokens in the comment and newsletter forms are dated by it. */
		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		/** The form key, kept in a database of the slice's own. */
		@Bean
		SiteKeys siteKeys() {
			return MigratedDatabase.siteKeys(MigratedDatabase.latest());
		}

		/** Views resolve against the active theme's folder, as in the running site. */
		@Bean
		ThemeTemplateResolver themeTemplateResolver(ThemeRegistry registry) {
			return new ThemeTemplateResolver(registry, true);
		}

		/** Theme words ({@code #{...}}), as in the running site. */
		@Bean
		ThemeMessageSource messageSource(ThemeRegistry registry) {
			return new ThemeMessageSource(registry::active, true);
		}

		/**
		 * The editor's media handler (a {@code WebMvcConfigurer}, so part of every MVC
		 * slice) serves {@code /media/**} from the media folder; readers' pages do not
		 * need more of it.
		 */
		@Bean
		MediaLibrary mediaLibrary() {
			MediaLibrary media = Mockito.mock(MediaLibrary.class);
			Mockito.when(media.folder()).thenReturn(Path.of("content/media"));
			return media;
		}

	}

}
