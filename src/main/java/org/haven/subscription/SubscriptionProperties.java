package org.haven.subscription;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The newsletter's settings.
 *
 * @param confirmWithin how long a confirmation link works
 * @param consentVersion the version of the sign-up wording readers agree to, kept with
 * each consent; change it when the wording changes
 * @param resendAfter a repeated sign-up for the same address within this time sends no
 * second confirmation mail (it only updates the choices)
 * @param batchSize recipients read and queued at a time
 * @param digestCron when the weekly digest goes out, in the site's time zone
 * @param enqueueDelay how long after an article goes live its mails start to be queued,
 * so that reading the followers does not compete with the publish request itself
 * @param announceWithin an article that goes live with a publish date older than this (a
 * back catalogue imported from Hugo or WordPress) is not mailed to anyone
 */
@Validated
@ConfigurationProperties("haven.subscription")
public record SubscriptionProperties(@DefaultValue("PT48H") Duration confirmWithin,
		@DefaultValue("2026-11") @NotBlank String consentVersion, @DefaultValue("PT15M") Duration resendAfter,
		@DefaultValue("500") @Positive int batchSize, @DefaultValue("0 0 8 * * MON") String digestCron,
		@DefaultValue("PT1S") Duration enqueueDelay, @DefaultValue("P2D") Duration announceWithin) {

}
