package org.haven;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port with the sample {@code content/}, an in-memory database and the bare test
 * theme. Every integration test uses exactly this, so they share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "haven.site.data-dir=target/test-data-discovery", "haven.content.dir=content",
				"haven.theme.dir=src/test/resources/fixtures/themes",
				"spring.datasource.url=jdbc:h2:mem:discovery;DB_CLOSE_DELAY=-1" })
public @interface SampleSiteTest {
}
