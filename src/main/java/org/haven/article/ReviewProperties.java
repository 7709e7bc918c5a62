package org.haven.article;

import java.util.Set;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Clinical review policy.
 *
 * @param intervalMonths months from one review to the next, unless the category or the
 * article says otherwise
 * @param dueSoonDays how far ahead the review queue looks for reviews falling due
 * @param staleAfterWords how many words an edit may change (add, remove or replace)
 * before the review is stale; any change to a heading or to the number of list items
 * makes it stale too
 * @param crisisNotes content notes whose articles need a current clinical sign-off before
 * they are published
 */
@Validated
@ConfigurationProperties("haven.review")
public record ReviewProperties(@DefaultValue("12") @Min(1) int intervalMonths,
		@DefaultValue("30") @Min(1) int dueSoonDays, @DefaultValue("5") @Min(0) int staleAfterWords, @DefaultValue( {
				"suicide", "self-harm" }) Set<String> crisisNotes){
}
