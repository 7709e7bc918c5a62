package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.haven.support.RecordedSql;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feeds choose their articles from the kept list order and then read the bodies of those
 * few by id; the sitemap reads no body at all. No query sorts or counts articles.
 */
@SiteIntegrationTest
class BodyFreeFeedQueriesIntegrationTest {

	@Autowired
	FeedSource feeds;

	@Autowired
	Sitemaps sitemaps;

	@ParameterizedTest
	@ValueSource(strings = { "site", "category:anxiety", "tag:cbt", "author:maya-okafor" })
	void aFeedSortsCardsAndReadsOnlyItsItemsBodies(String scope) {
		FeedScope parsed = FeedScope.parse(scope).orElseThrow();
		List<String> sql = RecordedSql.during(() -> assertThat(feeds.content(parsed)).isPresent());

		List<String> bodies = RecordedSql.readingBodies(sql);
		assertThat(bodies).as("body reads for the %s feed", scope)
			.allSatisfy(
					statement -> assertThat(statement.toLowerCase(Locale.ROOT)).doesNotContain("order by", "group by"));
		assertThat(RecordedSql.countingArticles(sql)).as("counts for the %s feed", scope).isEmpty();
		assertThat(sql).as("the feed's list comes from the kept order, not a sort")
			.filteredOn(statement -> statement.toLowerCase(Locale.ROOT).contains(" from article "))
			.isNotEmpty()
			.noneSatisfy(statement -> assertThat(statement).containsIgnoringCase("order by"));
	}

	@Test
	void theSitemapReadsNoBody() {
		List<String> sql = RecordedSql.during(() -> assertThat(sitemaps.urls()).isNotEmpty());

		assertThat(RecordedSql.readingBodies(sql)).isEmpty();
		assertThat(RecordedSql.countingArticles(sql)).isEmpty();
	}

}
