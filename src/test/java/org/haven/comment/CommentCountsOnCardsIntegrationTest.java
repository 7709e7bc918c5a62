package org.haven.comment;

import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Cards on the front page say how many comments their article has, in every theme. */
@SiteIntegrationTest
class CommentCountsOnCardsIntegrationTest {

	@ParameterizedTest
	@CsvSource({ "calm, card", "magazine, mag-lead" })
	void theFrontPageCardShowsItsCommentCount(String theme, String cardClass, @Autowired ApplicationContext context,
			@LocalServerPort int port) {
		CardCounts.of(context, port).showsThreeMore(theme, cardClass, "%d comments");
	}

}
