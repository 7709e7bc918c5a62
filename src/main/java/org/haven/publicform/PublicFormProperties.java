package org.haven.publicform;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How reader forms are protected.
 *
 * @param honeypotField the name of the hidden field people leave empty and form-filling
 * robots fill in
 * @param tokenBucket the granularity of form tokens: every page rendered in the same
 * bucket carries the same token
 * @param tokenLifetime how long a served form may be sent back
 * @param minFillTime a form sent back sooner than this after it was served counts as
 * filled in by a machine
 * @param rateLimit how many submissions of one form one client address may make per
 * {@code rateWindow}
 * @param rateWindow the window of the rate limit
 */
@Validated
@ConfigurationProperties("haven.public-form")
public record PublicFormProperties(@DefaultValue("website") @NotBlank String honeypotField,
		@DefaultValue("2s") Duration tokenBucket, @DefaultValue("24h") Duration tokenLifetime,
		@DefaultValue("3s") Duration minFillTime, @DefaultValue("10") @Min(1) int rateLimit,
		@DefaultValue("10m") Duration rateWindow) {

	public PublicFormProperties {
		if (tokenBucket.isNegative() || tokenBucket.isZero()) {
			throw new IllegalArgumentException("haven.public-form.token-bucket must be positive");
		}
	}

	static PublicFormProperties defaults() {
		return new PublicFormProperties("website", Duration.ofSeconds(2), Duration.ofHours(24), Duration.ofSeconds(3),
				10, Duration.ofMinutes(10));
	}

}
