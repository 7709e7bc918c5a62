package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port with the sample content from {@code content/},
 * the shipped themes and an in-memory H2 database migrated by Flyway; Hibernate's SQL can
 * be recorded with {@link RecordedSql}. Every test class with this annotation shares one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:site;DB_CLOSE_DELAY=-1", "haven.content.dir=content",
				"haven.theme.dir=themes", "haven.site.data-dir=target/test-data", "haven.content.watch=false",
				"spring.jpa.properties.hibernate.session_factory.statement_inspector=org.haven.support.RecordedSql" })
public @interface SiteIntegrationTest {

}
