package org.haven.article;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.haven.config.JobLock;
import org.haven.content.ContentProperties;
import org.haven.content.SiteRedirects;
import org.haven.content.safemessaging.SafeMessaging;
import org.haven.content.safemessaging.SafeMessagingRules;
import org.haven.support.MutableClock;
import org.haven.taxonomy.Categories;
import org.haven.taxonomy.CategoryImporter;
import org.haven.taxonomy.FoundCategories;
import org.haven.taxonomy.ContentFolderLock;
import org.haven.taxonomy.ContentNotes;
import org.haven.taxonomy.SlugRedirects;
import org.haven.taxonomy.VocabularyImport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The article module on its own: JPA slice on H2 with the Flyway schema, the real
 * importer and query facade, and a clock tests can move. Every test runs in a transaction
 * that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = { "haven.content.dir=src/test/resources/fixtures/content",
		"haven.content.import-on-startup=false", "haven.content.watch=false", "haven.content.unknown-categories=reject",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=org.haven.support.RecordedSql" })
@Import({ ContentImport.class, VocabularyImport.class, CategoryImporter.class, Categories.class, ContentNotes.class,
		ContentFolderLock.class, AuthorPageImporter.class, ArticleImporter.class, ReviewRecords.class, Articles.class,
		CardLookups.class, CardReads.class, SlugRedirects.class, SiteRedirects.class, ArticleFileParser.class,
		SafeMessaging.class, SafeMessagingRules.class, ScheduledPublisher.class, ContentPipelineConfiguration.class,
		ImportVocabularies.class, AuthorStubs.class, FoundCategories.class, SiteCounts.class,
		ArticleModuleTest.Config.class })
@RecordApplicationEvents
@interface ArticleModuleTest {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ContentProperties.class, ReviewProperties.class })
	class Config {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
		}

		/** A single node runs every job itself. */
		@Bean
		JobLock jobLock() {
			return () -> true;
		}

		@Bean
		org.springframework.transaction.support.TransactionTemplate transactionTemplate(
				org.springframework.transaction.PlatformTransactionManager manager) {
			return new org.springframework.transaction.support.TransactionTemplate(manager);
		}

	}

}
