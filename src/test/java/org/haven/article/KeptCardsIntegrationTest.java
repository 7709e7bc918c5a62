package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.haven.related.RelatedArticles;
import org.haven.search.Search;
import org.haven.support.Drafts;
import org.haven.support.Http;
import org.haven.support.MailIntegrationTest;
import org.haven.taxonomy.CategoryDraft;
import org.haven.taxonomy.CategoryEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cards are kept between renders, and a reader never sees a kept card after its article
 * or its category changed: each list below is rendered, then changed, then rendered again
 * at an address of its own (so the page cache is not what is tested). Nor one that a
 * writing transaction read and then rolled back.
 */
@MailIntegrationTest
class KeptCardsIntegrationTest {

	static final String EDITOR = "editor@haven.test";

	@Autowired
	ArticleEditing editing;

	@Autowired
	CategoryEditing categories;

	@Autowired
	ArticleRepository repository;

	@Autowired
	Articles articles;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Search search;

	@Autowired
	RelatedArticles related;

	@LocalServerPort
	int port;

	int renders;

	@Test
	void aRetitledArticleShowsItsNewTitleOnItsListsAtOnce() {
		String category = newCategory("Retitled");
		EditableArticle article = publishedIn(category);
		assertThat(render("/categories/" + category)).contains(article.draft().title());

		ArticleDraft retitled = new ArticleDraft("A calmer title " + article.draft().slug(), article.draft().slug(),
				article.draft().summary(), category, article.draft().tags(), article.draft().author(), null, null, null,
				java.util.List.of(), false, java.util.List.of(), null, null, article.draft().body());
		editing.publish(article.id(), article.version(), retitled, null, EDITOR);

		String page = render("/categories/" + category);
		assertThat(page).contains("A calmer title " + article.draft().slug())
			.doesNotContain(article.draft().title() + "<");
		assertThat(render("/")).contains("A calmer title " + article.draft().slug());
	}

	@Test
	void anArticlePageShowsItsOwnNewTitleAndTagsAtOnce() {
		String category = newCategory("Own page");
		EditableArticle article = publishedIn(category);
		String address = "/articles/" + article.draft().slug();
		assertThat(render(address)).contains(article.draft().title());
		assertThat(render(address)).as("rendered again from its kept card").contains(article.draft().title());

		ArticleDraft changed = new ArticleDraft("A retitled page " + article.draft().slug(), article.draft().slug(),
				article.draft().summary(), category, java.util.List.of("grief"), article.draft().author(), null, null,
				null, java.util.List.of(), false, java.util.List.of(), null, null, article.draft().body());
		editing.publish(article.id(), article.version(), changed, null, EDITOR);

		String page = render(address);
		assertThat(page).contains("<h1>A retitled page " + article.draft().slug() + "</h1>")
			.contains("href=\"/tags/grief\"");
		article.draft()
			.tags()
			.stream()
			.map(tag -> tag.toLowerCase(java.util.Locale.ROOT))
			.filter(tag -> !tag.equals("grief"))
			.forEach(tag -> assertThat(page).as("a tag it no longer has").doesNotContain("href=\"/tags/" + tag + "\""));
	}

	/**
	 * The indexes read the changed article's card after the kept one is forgotten: a card
	 * kept by a render before the change must not reach search or related posts.
	 */
	@Test
	void theIndexesTakeAChangedArticlesNewCardNotTheOneKeptBeforeIt() {
		String category = newCategory("Indexed");
		String sharedTag = Drafts.uniqueSlug("kept-tag");
		EditableArticle article = publishedIn(category, sharedTag);
		EditableArticle sibling = publishedIn(category, sharedTag);
		assertThat(render("/categories/" + category)).as("both cards kept").contains(article.draft().title());

		String word = "zephyr" + Drafts.uniqueSlug("").replace("-", "");
		String title = "Renamed for the indexes " + word;
		ArticleDraft d = article.draft();
		editing.publish(article.id(), article.version(),
				new ArticleDraft(title, d.slug(), d.summary(), d.category(), d.tags(), d.author(), null, null, null,
						java.util.List.of(), false, java.util.List.of(), null, null, d.body()),
				null, EDITOR);

		assertThat(search.search(word, null, null, 1).hits()).extracting(hit -> hit.card().slug())
			.as("search indexed the new title")
			.containsExactly(d.slug());
		assertThat(related.forArticle(sibling.draft().slug())).filteredOn(s -> s.card().slug().equals(d.slug()))
			.singleElement()
			.extracting(s -> s.card().title())
			.as("related posts hold the new card")
			.isEqualTo(title);
	}

	@Test
	void anUnpublishedArticleLeavesItsListsAtOnce() {
		String category = newCategory("Withdrawn");
		EditableArticle article = publishedIn(category);
		assertThat(render("/categories/" + category)).contains(article.draft().title());

		editing.unpublish(article.id(), article.version(), EDITOR);

		assertThat(render("/categories/" + category)).doesNotContain(article.draft().title());
	}

	@Test
	void aRenamedCategoryIsNamedAnewOnTheCardsOfItsArticles() {
		String category = newCategory("Before");
		EditableArticle article = publishedIn(category);
		assertThat(render("/tags/worry")).contains(article.draft().title());

		categories.update(category, new CategoryDraft("Renamed " + category, category, "", null), EDITOR);

		String page = render("/categories/" + category);
		assertThat(page).contains("Renamed " + category);
		assertThat(render("/")).contains("Renamed " + category);
	}

	@Test
	void aCardReadInsideAWriteThatRollsBackIsNotKept() {
		String category = newCategory("Rolled back");
		EditableArticle article = publishedIn(category);
		Instant never = Instant.parse("2001-02-03T04:05:06Z");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Article changed = repository.findById(article.id()).orElseThrow();
			changed.setUpdatedAt(never);
			repository.flush();
			assertThat(articles.inCategory(category, 1, 10).items()).singleElement()
				.extracting(ArticleCard::updatedAt)
				.as("the writer sees its own change")
				.isEqualTo(never);
			status.setRollbackOnly();
		});

		assertThat(articles.inCategory(category, 1, 10).items()).singleElement()
			.extracting(ArticleCard::updatedAt)
			.as("nobody sees it after the rollback")
			.isNotEqualTo(never);
	}

	private String render(String path) {
		var response = Http.get(port, path + "?kept=" + (++renders));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private String newCategory(String name) {
		String unique = Drafts.uniqueSlug("kept");
		return categories.create(new CategoryDraft(name + " " + unique, unique, "", null)).slug();
	}

	private EditableArticle publishedIn(String category) {
		return publishedIn(category, "Worry");
	}

	private EditableArticle publishedIn(String category, String tag) {
		EditableArticle created = editing.create(Drafts.publishable(Drafts.uniqueSlug("kept-card"))
			.withCategory(category)
			.withTags(java.util.List.of("Sleep", tag)), EDITOR);
		return editing.publish(created.id(), created.version(), created.draft(), null, EDITOR);
	}

}
