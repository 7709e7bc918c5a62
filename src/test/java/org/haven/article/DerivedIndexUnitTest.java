package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.junit.jupiter.api.Test;

class DerivedIndexUnitTest {

	/** Records what the life cycle asks of an index. */
	static final class RecordingIndex extends DerivedIndex {

		final List<String> calls = new ArrayList<>();

		@Override
		protected void rebuildAll() {
			calls.add("rebuild");
		}

		@Override
		protected void refresh(long articleId) {
			calls.add("refresh " + articleId);
		}

		@Override
		protected void remove(long articleId) {
			calls.add("remove " + articleId);
		}

	}

	@Test
	void leavesEventsBeforeTheFirstBuildToThatBuild() {
		RecordingIndex index = new RecordingIndex();

		index.on(new ArticlePublished(1, "a"));
		index.on(new SiteContentChanged("import", false));

		assertThat(index.calls).containsExactly("rebuild");
	}

	@Test
	void followsArticleEventsOneByOneAndRebuildsOnlyWhenCardsChangeEverywhere() {
		RecordingIndex index = new RecordingIndex();
		index.onReady();

		index.on(new ArticleUpdated(2, "b"));
		index.on(new ArticleWithdrawn(3, "c"));
		index.on(new SiteContentChanged("import", false));
		index.on(new SiteContentChanged("import", true));

		assertThat(index.calls).containsExactly("rebuild", "refresh 2", "remove 3", "rebuild");
	}

}
