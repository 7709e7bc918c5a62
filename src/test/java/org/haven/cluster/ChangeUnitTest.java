package org.haven.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.haven.article.SiteContentChanged;
import org.haven.comment.CommentSettingsChanged;
import org.haven.comment.CommentsChanged;
import org.haven.common.AppearanceChosen;
import org.junit.jupiter.api.Test;

class ChangeUnitTest {

	@Test
	void everyRelayedEventComesBackAsItWentOut() {
		List<Object> events = List.of(new ArticlePublished(7, "calm"), new ArticleUpdated(7, "calm", false),
				new ArticleUpdated(8, "moved", true), new ArticleWithdrawn(9, "gone"),
				new SiteContentChanged("import", true), new SiteContentChanged("pages", false), new CommentsChanged(7),
				new CommentSettingsChanged(), new AppearanceChosen());

		assertThat(events).allSatisfy(event -> assertThat(Change.of(event).toEvent()).isEqualTo(event));
	}

	@Test
	void eventsOtherNodesNeedNotHearAreNotRelayed() {
		assertThat(Change.of("something else")).isNull();
	}

	@Test
	void aKindFromANewerVersionIsSkippedRatherThanMisread() {
		assertThat(new Change("article-archived", 7L, "calm", false, null).toEvent()).isNull();
	}

}
