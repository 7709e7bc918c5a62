package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * {@link SiteIntegrationTest}'s site with {@code haven.site.locale=de-DE}: the same
 * content and themes, read in German. Every test class with this annotation shares one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:site-de;DB_CLOSE_DELAY=-1", "haven.content.dir=content",
				"haven.theme.dir=themes", "haven.site.data-dir=target/test-data-de", "haven.content.watch=false",
				"haven.site.locale=de-DE" })
public @interface GermanSiteIntegrationTest {

}
