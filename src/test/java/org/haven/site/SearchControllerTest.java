package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.haven.site.ReadModels.card;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.search.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code /search}: what a reader types never leads to an error page, and results are
 * never indexed.
 */
@ReaderSlice
class SearchControllerTest {

	private static final ArticleCard SLEEP = card(2, "sleep-and-worry", "Sleep and worry");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Search search;

	@BeforeEach
	void searchFindsNothingUnlessToldOtherwise() {
		given(search.search(anyString(), any(), any(), anyInt()))
			.willAnswer(call -> new Search.Page(List.of(), 0, call.getArgument(3), 0));
	}

	@Test
	void showsTheHitsWithTheirSnippets() {
		given(search.search("sleep", null, null, 1))
			.willReturn(new Search.Page(List.of(new Search.Hit(SLEEP, "Better <mark>sleep</mark>")), 1, 1, 1));

		assertThat(mvc.get().uri("/search?q=sleep")).hasStatusOk()
			.hasViewName("search")
			.model()
			.extractingByKey("search")
			.asInstanceOf(type(SearchModel.class))
			.satisfies(model -> {
				assertThat(model.query()).isEqualTo("sleep");
				assertThat(model.results()).extracting(Search.Hit::card).containsExactly(SLEEP);
				assertThat(model.total()).isEqualTo(1);
			});
		assertThat(mvc.get().uri("/search?q=sleep")).bodyText()
			.contains("Sleep and worry", "Better <mark>sleep</mark>");
	}

	@Test
	void resultsAreNotForSearchEngines() {
		assertThat(mvc.get().uri("/search?q=sleep")).hasStatusOk()
			.model()
			.extractingByKey("meta")
			.asInstanceOf(type(PageMeta.class))
			.satisfies(meta -> {
				assertThat(meta.noindex()).isTrue();
				assertThat(meta.title()).isEqualTo("Search: sleep | Haven Journal");
				assertThat(meta.canonical()).isEqualTo("http://localhost:8080/search");
			});
	}

	@Test
	void theQueryIsTrimmedAndBlankFiltersAreNoFilters() {
		assertThat(mvc.get().uri("/search").param("q", "  panic ").param("category", " ").param("tag", " breathing "))
			.hasStatusOk()
			.model()
			.extractingByKey("search")
			.asInstanceOf(type(SearchModel.class))
			.satisfies(model -> {
				assertThat(model.query()).isEqualTo("panic");
				assertThat(model.category()).isNull();
				assertThat(model.tag()).isEqualTo("breathing");
			});
		then(search).should().search("panic", null, "breathing", 1);
	}

	@Test
	void anEmptySearchShowsTheSearchPage() {
		assertThat(mvc.get().uri("/search")).hasStatusOk()
			.hasViewName("search")
			.model()
			.extractingByKey("search")
			.asInstanceOf(type(SearchModel.class))
			.satisfies(model -> assertThat(model.query()).isEmpty());
	}

	@Test
	void aPageThatIsNotANumberIsTheFirstPage() {
		assertThat(mvc.get().uri("/search?q=sleep&page=two")).hasStatusOk();
		then(search).should().search("sleep", null, null, 1);
	}

	@Test
	void pageNumbersAreKeptBetweenOneAndTheLimit() {
		assertThat(mvc.get().uri("/search?q=sleep&page=-4")).hasStatusOk();
		assertThat(mvc.get().uri("/search?q=anxiety&page=99999999")).hasStatusOk();
		assertThat(mvc.get().uri("/search").param("q", "panic").param("page", " 3 ")).hasStatusOk();

		then(search).should().search("sleep", null, null, 1);
		then(search).should().search("anxiety", null, null, Paging.MAX_PAGE);
		then(search).should().search("panic", null, null, 3);
	}

}
