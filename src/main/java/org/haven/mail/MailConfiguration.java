package org.haven.mail;

import java.nio.file.Path;
import java.time.Clock;

import org.haven.config.JobLock;
import org.haven.config.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.ClassUtils;

/**
 * Wires the outbox: SMTP when {@code spring.mail.host} is set (Boot then provides a
 * {@link JavaMailSender}), otherwise {@code .eml} files in the outbox folder.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, MailProperties properties, SiteProperties site) {
		nameTheStreamProvider();
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender != null) {
			return new SmtpTransport(sender);
		}
		Path folder = (properties.outboxDir() != null) ? properties.outboxDir() : site.dataDir().resolve("outbox");
		return new EmlFileTransport(folder);
	}

	/**
	 * Jakarta Mail finds its stream provider through the {@code ServiceLoader} for every
	 * message part it builds, which walks the whole class path each time: a third of the
	 * sender's CPU in the newsletter benchmark. Naming the provider in its system
	 * property (unless someone already did) skips the walk.
	 */
	private static void nameTheStreamProvider() {
		if (System.getProperty(STREAM_PROVIDER) == null
				&& ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MailConfiguration.class.getClassLoader())) {
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
	}

	@Bean
	OutboxSender outboxSender(OutboxStore store, MailTransport transport, MailProperties properties,
			SiteProperties site, Clock clock) {
		String name = (properties.fromName() != null) ? properties.fromName() : site.title();
		return new OutboxSender(store, transport, new MessageFactory(properties.from(), name), properties, clock);
	}

	@Bean
	OutboxWorker outboxWorker(OutboxSender sender, MailProperties properties, JobLock lock) {
		return new OutboxWorker(sender, properties, lock);
	}

}
