package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.haven.site.ReadModels.card;
import static org.haven.site.ReadModels.none;
import static org.haven.site.ReadModels.only;
import static org.haven.site.ReadModels.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.time.YearMonth;
import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.MonthCount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The archive: months with counts, and each month's articles at {@code /archive/yyyy/mm}.
 */
@ReaderSlice
class ArchiveControllerTest {

	private static final YearMonth MARCH = YearMonth.of(2026, 3);

	private static final ArticleCard FIRST_SESSION = card(1, "first-session", "Your first therapy session");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Articles articles;

	@Test
	void theArchiveListsEveryMonthWithArticles() {
		MonthCount march = new MonthCount(MARCH, 3);
		given(articles.archiveMonths()).willReturn(List.of(march));

		assertThat(mvc.get().uri("/archive")).hasStatusOk()
			.hasViewName("taxonomy")
			.model()
			.extractingByKey("taxonomy")
			.asInstanceOf(type(TaxonomyModel.class))
			.satisfies(taxonomy -> {
				assertThat(taxonomy.kind()).isEqualTo("archive");
				assertThat(taxonomy.months()).containsExactly(march);
			});
		assertThat(mvc.get().uri("/archive")).bodyText().contains("/archive/2026/03");
	}

	@Test
	void aMonthListsWhatWasPublishedInIt() {
		given(articles.inMonth(MARCH, 1, Paging.PAGE_SIZE)).willReturn(only(FIRST_SESSION));

		assertThat(mvc.get().uri("/archive/2026/03")).hasStatusOk()
			.hasViewName("list")
			.model()
			.extractingByKey("list")
			.asInstanceOf(type(ListModel.class))
			.satisfies(list -> {
				assertThat(list.kind()).isEqualTo("archive");
				assertThat(list.heading()).isEqualTo("Published in March 2026");
				assertThat(list.description()).isEqualTo("1 articles published in March 2026.");
				assertThat(list.path()).isEqualTo("/archive/2026/03");
				assertThat(list.articles().items()).containsExactly(FIRST_SESSION);
			});
	}

	@Test
	void aMonthWithoutArticlesIsNotFound() {
		given(articles.inMonth(YearMonth.of(2026, 4), 1, Paging.PAGE_SIZE)).willReturn(none());

		assertThat(mvc.get().uri("/archive/2026/04")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMonthThatDoesNotExistIsNotFoundWithoutAQuery() {
		assertThat(mvc.get().uri("/archive/2026/13")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/archive/2026/00")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/archive/26/3")).hasStatus(HttpStatus.NOT_FOUND);
		then(articles).should(never()).inMonth(any(), anyInt(), anyInt());
	}

	@Test
	void aMonthPagePastTheLastBelowOneOrNotANumberIsRefused() {
		given(articles.inMonth(MARCH, 2, Paging.PAGE_SIZE)).willReturn(page(2, 1));

		assertThat(mvc.get().uri("/archive/2026/03?page=2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/archive/2026/03?page=0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/archive/2026/03?page=x")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
