package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with real mail: like {@link EditorIntegrationTest} (temporary
 * content, a movable clock, the first admin), plus SMTP to the {@link SharedGreenMail}
 * server. The background sender is off: tests send the outbox when they choose.
 * Hibernate's SQL can be recorded with {@link RecordedSql}. Test classes with this
 * annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:mail;DB_CLOSE_DELAY=-1", "haven.theme.dir=themes",
				"haven.site.data-dir=target/test-data-mail", "haven.content.watch=false",
				"haven.content.schedule-check=PT1H", "haven.mail.worker-enabled=false",
				"haven.mail.from=news@haven.test", "haven.subscription.enqueue-delay=PT0.05S",
				"haven.editor.admin-email=" + EditorIntegrationTest.ADMIN_EMAIL,
				"haven.editor.admin-password=" + EditorIntegrationTest.ADMIN_PASSWORD,
				"spring.jpa.properties.hibernate.session_factory.statement_inspector=org.haven.support.RecordedSql" })
@ContextConfiguration(initializers = { TemporaryContent.class, SharedGreenMail.class })
@Import(EditorIntegrationTest.Config.class)
@AutoConfigureMockMvc
public @interface MailIntegrationTest {

}
