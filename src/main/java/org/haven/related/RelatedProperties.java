package org.haven.related;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How related posts are chosen.
 *
 * @param count how many suggestions an article gets
 * @param minScore candidates scoring below this are dropped (tag similarity is between 0
 * and {@code tagWeight})
 * @param tagWeight multiplies the IDF-weighted tag similarity
 * @param categoryBonus added when a candidate shares the article's primary category
 * @param fillFromCategory when fewer than {@code count} qualify, fill up with the newest
 * articles of the same category
 */
@Validated
@ConfigurationProperties("haven.related")
public record RelatedProperties(@DefaultValue("5") @Min(0) int count,
		@DefaultValue("0.1") @PositiveOrZero double minScore, @DefaultValue("1.0") @PositiveOrZero double tagWeight,
		@DefaultValue("0.1") @PositiveOrZero double categoryBonus, @DefaultValue("true") boolean fillFromCategory) {

	/** The defaults, for use outside Spring. */
	public static RelatedProperties defaults() {
		return new RelatedProperties(5, 0.1, 1.0, 0.1, true);
	}

}
