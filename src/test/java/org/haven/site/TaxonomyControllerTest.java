package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.haven.site.ReadModels.card;
import static org.haven.site.ReadModels.only;
import static org.haven.site.ReadModels.page;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Optional;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.TagCount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Browsing by category and tag: the two overviews, each list, and old names of renamed
 * ones.
 */
@ReaderSlice
class TaxonomyControllerTest {

	private static final CategoryView THERAPY = new CategoryView("therapy", "Therapy",
			"Starting, staying in and getting the most from therapy.", 1, 2);

	private static final TagCount ANXIETY = new TagCount("anxiety", "Anxiety", 4);

	private static final ArticleCard FIRST_SESSION = card(1, "first-session", "Your first therapy session");

	private static final ArticleCard SLEEP = card(2, "sleep-and-worry", "Sleep and worry");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Articles articles;

	@Test
	void theCategoriesOverviewListsEveryCategory() {
		given(articles.categories()).willReturn(List.of(THERAPY));

		assertThat(mvc.get().uri("/categories")).hasStatusOk()
			.hasViewName("taxonomy")
			.model()
			.extractingByKey("taxonomy")
			.asInstanceOf(type(TaxonomyModel.class))
			.satisfies(taxonomy -> {
				assertThat(taxonomy.kind()).isEqualTo("categories");
				assertThat(taxonomy.categories()).containsExactly(THERAPY);
			});
		assertThat(mvc.get().uri("/categories")).bodyText().contains("Therapy");
	}

	@Test
	void aCategoryListsItsArticlesPageByPage() {
		given(articles.category("therapy")).willReturn(Optional.of(THERAPY));
		given(articles.inCategory("therapy", 2, Paging.PAGE_SIZE)).willReturn(page(2, 2, SLEEP));

		assertThat(mvc.get().uri("/categories/therapy?page=2")).hasStatusOk()
			.hasViewName("list")
			.model()
			.extractingByKey("list")
			.asInstanceOf(type(ListModel.class))
			.satisfies(list -> {
				assertThat(list.kind()).isEqualTo("category");
				assertThat(list.heading()).isEqualTo("Therapy");
				assertThat(list.path()).isEqualTo("/categories/therapy");
				assertThat(list.articles().items()).containsExactly(SLEEP);
				assertThat(list.articles().hasPrevious()).isTrue();
			});
		assertThat(mvc.get().uri("/categories/therapy?page=2")).model()
			.extractingByKey("meta")
			.asInstanceOf(type(PageMeta.class))
			.satisfies(
					meta -> assertThat(meta.canonical()).isEqualTo("http://localhost:8080/categories/therapy?page=2"));
		assertThat(mvc.get().uri("/categories/therapy?page=2")).bodyText().contains("Sleep and worry");
	}

	@Test
	void aRenamedCategoryRedirectsPermanentlyToItsNewAddress() {
		given(articles.categoryRedirect("talking-therapy")).willReturn(Optional.of("therapy"));

		assertThat(mvc.get().uri("/categories/talking-therapy")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/categories/therapy");
	}

	@Test
	void aCategoryThatNeverExistedIsNotFound() {
		assertThat(mvc.get().uri("/categories/astrology")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCategoryPagePastTheLastOrBelowOneIsNotFound() {
		given(articles.category("therapy")).willReturn(Optional.of(THERAPY));
		given(articles.inCategory("therapy", 3, Paging.PAGE_SIZE)).willReturn(page(3, 2));

		assertThat(mvc.get().uri("/categories/therapy?page=3")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/categories/therapy?page=0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/categories/therapy?page=last")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theTagsOverviewIsAWeightedCloud() {
		given(articles.tags()).willReturn(List.of(ANXIETY, new TagCount("sleep", "Sleep", 1)));

		assertThat(mvc.get().uri("/tags")).hasStatusOk()
			.hasViewName("taxonomy")
			.model()
			.extractingByKey("taxonomy")
			.asInstanceOf(type(TaxonomyModel.class))
			.satisfies(taxonomy -> {
				assertThat(taxonomy.kind()).isEqualTo("tags");
				assertThat(taxonomy.tags()).extracting("slug", "weight")
					.containsExactly(tuple("anxiety", 5), tuple("sleep", 1));
			});
	}

	@Test
	void aTagListsTheArticlesCarryingIt() {
		given(articles.tag("anxiety")).willReturn(Optional.of(ANXIETY));
		given(articles.taggedWith("anxiety", 1, Paging.PAGE_SIZE)).willReturn(only(FIRST_SESSION, SLEEP));

		assertThat(mvc.get().uri("/tags/anxiety")).hasStatusOk()
			.hasViewName("list")
			.model()
			.extractingByKey("list")
			.asInstanceOf(type(ListModel.class))
			.satisfies(list -> {
				assertThat(list.kind()).isEqualTo("tag");
				assertThat(list.heading()).isEqualTo("Tagged: Anxiety");
				assertThat(list.articles().items()).containsExactly(FIRST_SESSION, SLEEP);
			});
	}

	@Test
	void aMergedTagRedirectsAndAnUnknownOneIsNotFound() {
		given(articles.tagRedirect("worry")).willReturn(Optional.of("anxiety"));

		assertThat(mvc.get().uri("/tags/worry")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/tags/anxiety");
		assertThat(mvc.get().uri("/tags/horoscopes")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aTagPagePastTheLastIsNotFound() {
		given(articles.tag("anxiety")).willReturn(Optional.of(ANXIETY));
		given(articles.taggedWith("anxiety", 2, Paging.PAGE_SIZE)).willReturn(page(2, 1));

		assertThat(mvc.get().uri("/tags/anxiety?page=2")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
