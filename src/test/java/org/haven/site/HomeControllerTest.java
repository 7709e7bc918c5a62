package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.haven.site.ReadModels.card;
import static org.haven.site.ReadModels.page;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The front page: featured and latest articles, paginated with {@code ?page=}. */
@ReaderSlice
class HomeControllerTest {

	private static final ArticleCard FIRST_SESSION = card(1, "first-session", "Your first therapy session");

	private static final ArticleCard SLEEP = card(2, "sleep-and-worry", "Sleep and worry");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Articles articles;

	@Test
	void showsTheLatestAndFeaturedArticlesInTheActiveTheme() {
		given(articles.latest(1, Paging.PAGE_SIZE)).willReturn(page(1, 3, FIRST_SESSION, SLEEP));
		given(articles.featured(anyInt())).willReturn(List.of(SLEEP));

		assertThat(mvc.get().uri("/")).hasStatusOk()
			.hasViewName("index")
			.model()
			.extractingByKey("home")
			.asInstanceOf(type(HomeModel.class))
			.satisfies(home -> {
				assertThat(home.latest().items()).containsExactly(FIRST_SESSION, SLEEP);
				assertThat(home.latest().hasNext()).isTrue();
				assertThat(home.featured()).containsExactly(SLEEP);
			});
		assertThat(mvc.get().uri("/")).bodyText()
			.contains("Your first therapy session", "Sleep and worry", "Haven Journal");
	}

	@Test
	void describesTheSiteAndCanonicalisesLaterPages() {
		given(articles.latest(2, Paging.PAGE_SIZE)).willReturn(page(2, 3, SLEEP));

		assertThat(mvc.get().uri("/?page=2")).hasStatusOk()
			.model()
			.extractingByKey("meta")
			.asInstanceOf(type(PageMeta.class))
			.satisfies(meta -> {
				assertThat(meta.title()).isEqualTo("Haven Journal — page 2");
				assertThat(meta.canonical()).isEqualTo("http://localhost:8080/?page=2");
			});
	}

	@Test
	void isServedWithTheSitesSecurityHeaders() {
		given(articles.latest(1, Paging.PAGE_SIZE)).willReturn(page(1, 1, FIRST_SESSION));

		assertThat(mvc.get().uri("/")).hasStatusOk()
			.headers()
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.containsHeader("Content-Security-Policy");
	}

	@Test
	void aPagePastTheLastIsNotFound() {
		given(articles.latest(4, Paging.PAGE_SIZE)).willReturn(page(4, 3));

		assertThat(mvc.get().uri("/?page=4")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void pageNumbersBelowOneOrBeyondTheLimitAreNotFound() {
		assertThat(mvc.get().uri("/?page=0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/?page=-3")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/?page=10001")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPageThatIsNotANumberIsABadRequest() {
		assertThat(mvc.get().uri("/?page=two")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
