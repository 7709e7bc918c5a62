package org.haven.comment;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Comment limits and the defaults of the settings admins tune (stored ones win).
 *
 * @param maxLength the longest comment, in characters
 * @param closeAfterDays default days after publishing that an article takes comments
 * @param holdThreshold default score that keeps a comment pending
 * @param spamThreshold default score that marks a comment as spam
 * @param digestInterval how often moderators get the digest of new pending comments
 * @param deletionLinkLifetime how long a commenter's signed deletion link works
 */
@Validated
@ConfigurationProperties("haven.comment")
public record CommentProperties(@DefaultValue("5000") @Min(100) int maxLength,
		@DefaultValue("90") @Min(0) int closeAfterDays, @DefaultValue("4") @Min(1) int holdThreshold,
		@DefaultValue("10") @Min(2) int spamThreshold, @DefaultValue("15m") Duration digestInterval,
		@DefaultValue("7d") Duration deletionLinkLifetime) {
}
