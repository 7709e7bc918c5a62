package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.haven.support.Drafts;
import org.haven.support.MailIntegrationTest;
import org.haven.support.RecordedSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a save writes besides the article's row: its tags, content notes, categories and
 * old addresses are rewritten only when they changed.
 */
@MailIntegrationTest
class ArticleSaveWritesIntegrationTest {

	static final String EDITOR = "editor@haven.test";

	/** A statement that writes one of an article's collections. */
	static final Pattern WRITES_A_COLLECTION = Pattern
		.compile("(?is)^\\s*(insert\\s+into|delete\\s+from|update)\\s+article_(tag|content_note|category|alias)\\b");

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Test
	void aSaveThatChangesOnlyTheBodyLeavesTheArticlesListsAlone() {
		EditableArticle article = published(Drafts.uniqueSlug("body-only"));
		ArticleDraft edited = Drafts.withBody(article.draft(), article.draft().body() + "\nOne more calm line.\n");

		List<String> sql = RecordedSql.during(() -> editing.save(article.id(), article.version(), edited, EDITOR));

		assertThat(sql).as("statements of the save").isNotEmpty();
		assertThat(sql).filteredOn(statement -> WRITES_A_COLLECTION.matcher(statement).find()).isEmpty();
		assertThat(queries.editable(article.id()).draft().tags()).containsExactly("Sleep", "Worry");
	}

	@Test
	void aSaveThatChangesTheTagsWritesThemInTheirNewOrder() {
		EditableArticle article = published(Drafts.uniqueSlug("new-tags"));

		List<String> sql = RecordedSql.during(() -> editing.save(article.id(), article.version(),
				article.draft().withTags(List.of("Grief", "Sleep")), EDITOR));

		assertThat(sql).anySatisfy(statement -> assertThat(statement).containsIgnoringCase("article_tag"));
		assertThat(queries.editable(article.id()).draft().tags()).containsExactly("Grief", "Sleep");
	}

	private EditableArticle published(String slug) {
		EditableArticle created = editing.create(Drafts.publishable(slug), EDITOR);
		return editing.publish(created.id(), created.version(), created.draft(), null, EDITOR);
	}

}
