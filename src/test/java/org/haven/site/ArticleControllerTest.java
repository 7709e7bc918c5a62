package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.haven.site.ReadModels.card;
import static org.haven.site.ReadModels.detail;
import static org.mockito.BDDMockito.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.Articles;
import org.haven.article.Neighbours;
import org.haven.comment.CommentView;
import org.haven.comment.Comments;
import org.haven.comment.CommentsOpen;
import org.haven.related.RelatedArticles;
import org.haven.related.Suggestion;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An article's own page at {@code /articles/{slug}}; old slugs redirect, unknown ones are
 * not found.
 */
@ReaderSlice
class ArticleControllerTest {

	private static final ArticleCard FIRST_SESSION = card(1, "first-session", "Your first therapy session");

	private static final ArticleCard OLDER = card(2, "finding-a-therapist", "Finding a therapist");

	private static final ArticleCard RELATED = card(3, "sleep-and-worry", "Sleep and worry");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Articles articles;

	@Autowired
	private RelatedArticles related;

	@Autowired
	private Comments comments;

	@Autowired
	private CommentsOpen commentsOpen;

	@Test
	void showsThePublishedArticleWithItsNeighboursAndRelatedReading() {
		given(articles.published("first-session")).willReturn(Optional.of(detail(FIRST_SESSION)));
		given(articles.neighbours(FIRST_SESSION)).willReturn(new Neighbours(OLDER, null));
		given(related.forArticle("first-session")).willReturn(List.of(new Suggestion(RELATED, 0.8, List.of(), false)));
		given(articles.latest(1, 15)).willReturn(ReadModels.only(FIRST_SESSION, RELATED, OLDER));

		assertThat(mvc.get().uri("/articles/first-session")).hasStatusOk()
			.hasViewName("article")
			.model()
			.extractingByKey("page")
			.asInstanceOf(type(ArticleModel.class))
			.satisfies(page -> {
				assertThat(page.article().card()).isEqualTo(FIRST_SESSION);
				assertThat(page.neighbours().previous()).isEqualTo(OLDER);
				assertThat(page.related()).containsExactly(new ArticleModel.RelatedLink(RELATED, false));
				assertThat(page.latest()).as("the latest posts, without the article itself")
					.containsExactly(RELATED, OLDER);
			});
		assertThat(mvc.get().uri("/articles/first-session")).bodyText()
			.contains("Your first therapy session", "The body of Your first therapy session.", "Finding a therapist",
					"Sleep and worry");
	}

	@Test
	void describesTheArticleForSearchEnginesAndSharing() {
		publishAlone(detail(FIRST_SESSION));

		assertThat(mvc.get().uri("/articles/first-session")).model()
			.extractingByKey("meta")
			.asInstanceOf(type(PageMeta.class))
			.satisfies(meta -> {
				assertThat(meta.title()).isEqualTo("Your first therapy session | Haven Journal");
				assertThat(meta.canonical()).isEqualTo("http://localhost:8080/articles/first-session");
				assertThat(meta.ogType()).isEqualTo("article");
				assertThat(meta.jsonLd()).contains("\"@type\":\"Article\"", "\"name\":\"Maya Okafor\"");
			});
	}

	@Test
	void showsTheSeriesAndFeedsTheKeywordsIntoValidHtml() throws Exception {
		publishAlone(detail(FIRST_SESSION, List.of("therapy", "first <visit>"), List.of("Starting out")));

		String html = mvc.get()
			.uri("/articles/first-session")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("<meta name=\"keywords\" content=\"therapy, first &lt;visit&gt;\">",
				"Part of the series “Starting out”");
		assertThat(HtmlChecker.errors(html)).isEmpty();
	}

	@Test
	void anArticleWithoutKeywordsOrSeriesShowsNeither() {
		publishAlone(detail(FIRST_SESSION));

		assertThat(mvc.get().uri("/articles/first-session")).bodyText()
			.doesNotContain("name=\"keywords\"", "Part of the series");
	}

	@Test
	void aCommentSectionWithoutCommentsIsMarkedForTheStaticExportToLeaveOutAndOneWithCommentsIsNot() {
		publishAlone(detail(FIRST_SESSION));
		given(commentsOpen.shown(FIRST_SESSION)).willReturn(true);
		given(commentsOpen.open(FIRST_SESSION)).willReturn(true);

		assertThat(mvc.get().uri("/articles/first-session")).bodyText()
			.contains("id=\"comments\"", "data-needs-server=\"true\"", "/articles/first-session/comments/feed.xml");

		given(comments.shown(1L)).willReturn(List.of(new CommentView(7, "Sam", "<p>Thank you.</p>",
				Instant.parse("2026-03-01T10:00:00Z"), false, List.of())));

		assertThat(mvc.get().uri("/articles/first-session")).bodyText()
			.contains("id=\"comments\"", "Thank you.", "/articles/first-session/comments/feed.xml")
			.doesNotContain("data-needs-server=\"true\"");
	}

	@Test
	void anOldSlugRedirectsPermanentlyToTheArticlesAddressNow() {
		given(articles.slugForAlias("/articles/first-visit")).willReturn(Optional.of("first-session"));

		assertThat(mvc.get().uri("/articles/first-visit")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/articles/first-session");
	}

	@Test
	void aHugoRefByFileNameRedirectsToTheSlugItsFileDeclares() {
		given(articles.slugForFileName("2019-03-11-first-visit")).willReturn(Optional.of("first-session"));

		assertThat(mvc.get().uri("/articles/2019-03-11-first-visit")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/articles/first-session");
	}

	@Test
	void anArticleThatIsNotPublishedIsNotFound() {
		assertThat(mvc.get().uri("/articles/no-such-article")).hasStatus(HttpStatus.NOT_FOUND);
	}

	/** {@code detail} is the only published article, with no neighbours. */
	private void publishAlone(ArticleDetail detail) {
		given(articles.published("first-session")).willReturn(Optional.of(detail));
		given(articles.neighbours(FIRST_SESSION)).willReturn(new Neighbours(null, null));
		given(articles.latest(1, 15)).willReturn(ReadModels.only(FIRST_SESSION));
	}

}
