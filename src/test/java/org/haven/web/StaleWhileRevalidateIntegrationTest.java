package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After an editor saves a visible article, anonymous readers who arrive while its page
 * renders again get the previous page at once, for the stale grace (2 s by default); a
 * withdrawn article's page is never served stale.
 */
@EditorIntegrationTest
class StaleWhileRevalidateIntegrationTest {

	static final String EDITOR = "editor@haven.test";

	@LocalServerPort
	int port;

	@Autowired
	AnonymousPageCache cache;

	@Autowired
	ArticleEditing editing;

	final CountDownLatch rendering = new CountDownLatch(1);

	final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stopHolding() {
		release.countDown();
		cache.beforeRender = key -> {
		};
	}

	@Test
	void whileTheNewPageRendersReadersGetThePreviousOneAtOnceWithItsOwnEtag() throws Exception {
		String path = "/articles/" + Drafts.uniqueSlug("stale");
		EditableArticle live = publish(path, "The first words.");
		HttpResponse<String> before = Http.get(port, path);
		String oldTag = before.headers().firstValue("ETag").orElseThrow();
		long staleAnswers = cache.staleAnswers();

		editing.save(live.id(), live.version(), Drafts.withBody(live.draft(), "The second words."), EDITOR);
		CompletableFuture<HttpResponse<String>> leader = holdFirstRenderOf(path);

		HttpResponse<String> concurrent = CompletableFuture.supplyAsync(() -> Http.get(port, path))
			.get(5, TimeUnit.SECONDS);
		assertThat(concurrent.statusCode()).isEqualTo(200);
		assertThat(concurrent.body()).contains("The first words.").doesNotContain("The second words.");
		assertThat(concurrent.headers().firstValue("ETag")).contains(oldTag);
		assertThat(Http.get(port, path, "If-None-Match", oldTag).statusCode()).as("the copy it holds is the one served")
			.isEqualTo(304);
		assertThat(cache.staleAnswers()).isEqualTo(staleAnswers + 2);

		release.countDown();
		assertThat(leader.get(10, TimeUnit.SECONDS).body()).contains("The second words.");
		HttpResponse<String> revalidated = Http.get(port, path, "If-None-Match", oldTag);
		assertThat(revalidated.statusCode()).isEqualTo(200);
		assertThat(revalidated.body()).contains("The second words.");
		assertThat(revalidated.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldTag);
		assertThat(cache.holdsStale(path)).isFalse();
	}

	@Test
	void afterTheGraceNobodyGetsThePreviousPage() throws Exception {
		String path = "/articles/" + Drafts.uniqueSlug("grace");
		EditableArticle live = publish(path, "The first words.");
		Http.get(port, path);

		editing.save(live.id(), live.version(), Drafts.withBody(live.draft(), "The second words."), EDITOR);
		assertThat(cache.holdsStale(path)).isTrue();
		CompletableFuture<HttpResponse<String>> leader = holdFirstRenderOf(path);
		Thread.sleep(2_200);

		CompletableFuture<HttpResponse<String>> late = CompletableFuture.supplyAsync(() -> Http.get(port, path));
		Thread.sleep(300);
		assertThat(late).as("waits for the render instead").isNotDone();
		release.countDown();
		assertThat(late.get(10, TimeUnit.SECONDS).body()).contains("The second words.");
		assertThat(leader.get(10, TimeUnit.SECONDS).body()).contains("The second words.");

		editing.save(live.id(), live.version() + 1, Drafts.withBody(live.draft(), "The third words."), EDITOR);
		Thread.sleep(2_200);
		assertThat(Http.get(port, path).body()).as("no render ran during the grace").contains("The third words.");
	}

	@Test
	void aWithdrawnArticlesPageIsNeverServedStale() throws Exception {
		String path = "/articles/" + Drafts.uniqueSlug("withdrawn");
		EditableArticle live = publish(path, "The first words.");
		Http.get(port, path);
		EditableArticle saved = editing.save(live.id(), live.version(),
				Drafts.withBody(live.draft(), "The second words."), EDITOR);
		assertThat(cache.holdsStale(path)).isTrue();

		editing.unpublish(saved.id(), saved.version(), EDITOR);

		assertThat(cache.holdsStale(path)).isFalse();
		CompletableFuture<HttpResponse<String>> leader = holdFirstRenderOf(path);
		CompletableFuture<HttpResponse<String>> concurrent = CompletableFuture.supplyAsync(() -> Http.get(port, path));
		Thread.sleep(300);
		assertThat(concurrent).as("nothing to give it but the render's answer").isNotDone();
		release.countDown();
		assertThat(leader.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
		assertThat(concurrent.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
		assertThat(Http.get(port, path).statusCode()).isEqualTo(404);
	}

	private EditableArticle publish(String path, String body) {
		String slug = path.substring("/articles/".length());
		EditableArticle draft = editing.create(Drafts.withBody(Drafts.publishable(slug), body), EDITOR);
		return editing.publish(draft.id(), draft.version(), draft.draft(), null, EDITOR);
	}

	/**
	 * Starts a GET of {@code path} whose render is held until {@link #release}; returns
	 * once it is held.
	 */
	private CompletableFuture<HttpResponse<String>> holdFirstRenderOf(String path) throws InterruptedException {
		cache.beforeRender = key -> {
			if (key.equals(path) && rendering.getCount() > 0) {
				rendering.countDown();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
		CompletableFuture<HttpResponse<String>> leader = CompletableFuture.supplyAsync(() -> Http.get(port, path));
		assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
		return leader;
	}

}
