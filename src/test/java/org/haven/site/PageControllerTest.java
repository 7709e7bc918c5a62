package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.haven.site.ReadModels.aboutPage;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.util.Optional;

import org.haven.article.Articles;
import org.haven.article.PageView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Standing pages at the top level ({@code /about}, {@code /privacy}); anything else there
 * is not found.
 */
@ReaderSlice
class PageControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Articles articles;

	@Test
	void showsAStandingPage() {
		given(articles.page("about")).willReturn(Optional.of(aboutPage()));

		assertThat(mvc.get().uri("/about")).hasStatusOk()
			.hasViewName("page")
			.model()
			.hasEntrySatisfying("page", page -> assertThat(page).isEqualTo(aboutPage()))
			.extractingByKey("meta")
			.asInstanceOf(type(PageMeta.class))
			.satisfies(meta -> {
				assertThat(meta.title()).isEqualTo("About us | Haven Journal");
				assertThat(meta.canonical()).isEqualTo("http://localhost:8080/about");
			});
		assertThat(mvc.get().uri("/about")).bodyText().contains("About us", "We are a small team.");
	}

	@Test
	void anUnknownPageIsNotFound() {
		assertThat(mvc.get().uri("/careers")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void addressesThatCannotBeASlugAreNotFoundWithoutAQuery() {
		assertThat(mvc.get().uri("/About")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/about-")).hasStatus(HttpStatus.NOT_FOUND);
		then(articles).should(never()).page(anyString());
	}

	@Test
	void thePageIsTheRecordTheFacadeAnswered() {
		PageView privacy = new PageView("privacy", "Privacy", "What we keep.", "<p>No trackers.</p>",
				ReadModels.PUBLISHED);
		given(articles.page("privacy")).willReturn(Optional.of(privacy));

		assertThat(mvc.get().uri("/privacy")).hasStatusOk().bodyText().contains("No trackers.");
	}

}
