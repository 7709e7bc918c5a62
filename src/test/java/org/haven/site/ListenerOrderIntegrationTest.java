package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.haven.article.ArticleEditing;
import org.haven.article.ArticleEvent;
import org.haven.article.EditableArticle;
import org.haven.article.ListenerOrder;
import org.haven.search.Search;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;

/**
 * After a save, the indexes pages are built from are up to date before any prepared page
 * is dropped: a page rendered once the cache is dropped must find the new data, or it
 * would be cached stale until the next change.
 */
@EditorIntegrationTest
class ListenerOrderIntegrationTest {

	@Autowired
	ArticleEditing editing;

	@Autowired
	Search search;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theSearchIndexHasTheChangeBeforeThePageCacheIsDropped() {
		String word = "quillwort" + Long.toString(System.nanoTime() % 1_000_000L, 36).replaceAll("[0-9]", "x");
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("ordered")), "editor@haven.test");
		EditableArticle live = editing.publish(draft.id(), draft.version(), draft.draft(), null, "editor@haven.test");
		Between between = new Between(word);
		context.addApplicationListener(between);
		try {
			editing.save(live.id(), live.version(), Drafts.withBody(live.draft(), "Now about " + word + "."),
					"editor@haven.test");
		}
		finally {
			context.removeApplicationListener(between);
		}

		assertThat(between.foundBySearch).as("found by search when a listener between the two ran")
			.isNotEmpty()
			.containsOnly(true);
	}

	/**
	 * A listener ordered after the indexes and before the caches, recording what search
	 * knew at that moment.
	 */
	private final class Between implements ApplicationListener<ApplicationEvent>, Ordered {

		final List<Boolean> foundBySearch = new ArrayList<>();

		private final String word;

		Between(String word) {
			this.word = word;
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ArticleEvent) {
				foundBySearch.add(search.search(word, null, null, 1).total() > 0);
			}
		}

		@Override
		public int getOrder() {
			return ListenerOrder.UPDATE_DERIVED_DATA + 1;
		}

	}

}
