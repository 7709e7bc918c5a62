package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application for the editor's tests: like {@link SiteIntegrationTest}, but the
 * content folder is a fresh temporary copy of {@code content/} (saves write files back,
 * and must never touch the repository's copy), the clock is a {@link MutableClock}
 * starting at {@link #NOW}, the first admin is {@link #ADMIN_EMAIL}, and only
 * {@link #TRUSTED_PROXY} is a trusted reverse proxy. Test classes with this annotation
 * share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:editor;DB_CLOSE_DELAY=-1", "haven.theme.dir=themes",
				"haven.site.data-dir=target/test-data-editor", "haven.content.watch=false",
				"haven.content.schedule-check=PT1H", "haven.views.flush-interval=PT1H",
				"haven.editor.autosave-interval=PT2S", "haven.editor.admin-email=" + EditorIntegrationTest.ADMIN_EMAIL,
				"haven.editor.admin-password=" + EditorIntegrationTest.ADMIN_PASSWORD,
				"server.tomcat.remoteip.internal-proxies=" + EditorIntegrationTest.TRUSTED_PROXY })
@ContextConfiguration(initializers = TemporaryContent.class)
@Import(EditorIntegrationTest.Config.class)
@AutoConfigureMockMvc
@RecordApplicationEvents
public @interface EditorIntegrationTest {

	String ADMIN_EMAIL = "admin@haven.test";

	String ADMIN_PASSWORD = "a calm and careful passphrase";

	Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	/**
	 * The one address trusted to forward a client's address and protocol; tests talking
	 * from 127.0.0.1 are an untrusted client (see {@link RawHttp}).
	 */
	String TRUSTED_PROXY = "127.0.0.2";

	@TestConfiguration(proxyBeanMethods = false)
	class Config {

		@Bean
		@Primary
		MutableClock editorTestClock() {
			return new MutableClock(NOW);
		}

	}

}
