package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.haven.site.ReadModels.MAYA;
import static org.haven.site.ReadModels.card;
import static org.haven.site.ReadModels.only;
import static org.haven.site.ReadModels.page;
import static org.mockito.BDDMockito.given;

import java.util.Optional;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.AuthorView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An author's page: who they are, and the articles they wrote or clinically reviewed. */
@ReaderSlice
class AuthorControllerTest {

	private static final ArticleCard FIRST_SESSION = card(1, "first-session", "Your first therapy session");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Articles articles;

	@Test
	void listsTheAuthorsArticlesUnderTheirNameAndCredentials() {
		given(articles.author("maya-okafor")).willReturn(Optional.of(MAYA));
		given(articles.byAuthor("maya-okafor", 1, Paging.PAGE_SIZE)).willReturn(only(FIRST_SESSION));

		assertThat(mvc.get().uri("/authors/maya-okafor")).hasStatusOk()
			.hasViewName("list")
			.model()
			.extractingByKey("list")
			.asInstanceOf(type(ListModel.class))
			.satisfies(list -> {
				assertThat(list.kind()).isEqualTo("author");
				assertThat(list.author()).isEqualTo(MAYA);
				assertThat(list.heading()).isEqualTo("Maya Okafor");
				assertThat(list.description())
					.isEqualTo("Maya Okafor, MSc, UKCP: articles written or clinically reviewed.");
				assertThat(list.articles().items()).containsExactly(FIRST_SESSION);
			});
		assertThat(mvc.get().uri("/authors/maya-okafor")).bodyText()
			.contains("Maya Okafor", "Maya writes about therapy.", "Your first therapy session");
	}

	@Test
	void anAuthorWithoutCredentialsIsDescribedByName() {
		given(articles.author("sam-reyes"))
			.willReturn(Optional.of(new AuthorView("sam-reyes", "Sam Reyes", null, null, "<p>Sam edits.</p>")));
		given(articles.byAuthor("sam-reyes", 1, Paging.PAGE_SIZE)).willReturn(only(FIRST_SESSION));

		assertThat(mvc.get().uri("/authors/sam-reyes")).hasStatusOk()
			.model()
			.extractingByKey("meta")
			.asInstanceOf(type(PageMeta.class))
			.satisfies(meta -> {
				assertThat(meta.description()).isEqualTo("Articles by Sam Reyes.");
				assertThat(meta.canonical()).isEqualTo("http://localhost:8080/authors/sam-reyes");
			});
	}

	@Test
	void anUnknownAuthorIsNotFound() {
		assertThat(mvc.get().uri("/authors/nobody")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void pagesPastTheLastBelowOneOrNotNumbersAreRefused() {
		given(articles.author("maya-okafor")).willReturn(Optional.of(MAYA));
		given(articles.byAuthor("maya-okafor", 2, Paging.PAGE_SIZE)).willReturn(page(2, 1));

		assertThat(mvc.get().uri("/authors/maya-okafor?page=2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/authors/maya-okafor?page=0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/authors/maya-okafor?page=1.5")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
