package org.haven.mail;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Haven sends mail. SMTP itself is Spring's {@code spring.mail.*}; without
 * {@code spring.mail.host} mails are written to {@code outboxDir} as {@code .eml} files.
 *
 * @param from the sender address
 * @param fromName the sender name shown in mail clients (default: the site title)
 * @param ratePerSecond mails sent per second at most
 * @param maxAttempts attempts before a mail is marked failed
 * @param backoff wait after the first failed attempt; doubles with each further one
 * @param maxBackoff the longest wait between attempts
 * @param lease how long a claimed mail may stay unsent before another worker may take it
 * (the sender crashed mid-send)
 * @param pollInterval how often an idle worker looks for due mail
 * @param batchSize mails claimed and sent over one SMTP connection at most; at slow rates
 * a batch is cut to about 30 seconds of sending, so a connection never idles long and a
 * batch never outlives its lease
 * @param workerEnabled run the background sender (tests drive it themselves)
 * @param outboxDir where mails go without SMTP (default {@code <data-dir>/outbox})
 */
@Validated
@ConfigurationProperties("haven.mail")
public record MailProperties(@DefaultValue("haven@localhost") @NotBlank String from, @Nullable String fromName,
		@DefaultValue("20") @Positive double ratePerSecond, @DefaultValue("6") @Positive int maxAttempts,
		@DefaultValue("PT1M") Duration backoff, @DefaultValue("PT1H") Duration maxBackoff,
		@DefaultValue("PT10M") Duration lease, @DefaultValue("PT2S") Duration pollInterval,
		@DefaultValue("100") @Positive int batchSize, @DefaultValue("true") boolean workerEnabled,
		@Nullable Path outboxDir) {

	/** How many mails one pass claims and sends over one connection. */
	int batch() {
		return (int) Math.max(1, Math.min(batchSize, Math.floor(ratePerSecond * 30)));
	}

	/**
	 * The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones.
	 */
	Duration backoffAfter(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = backoff.multipliedBy(factor);
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

}
