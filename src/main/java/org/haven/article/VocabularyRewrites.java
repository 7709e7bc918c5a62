package org.haven.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.content.Slugs;
import org.haven.taxonomy.BulkOutcome;
import org.haven.taxonomy.TagRef;
import org.haven.taxonomy.VocabularyChange;
import org.haven.taxonomy.VocabularyChange.CategoryMoved;
import org.haven.taxonomy.VocabularyChange.TagRenamed;
import org.haven.taxonomy.VocabularyUsers;
import org.springframework.stereotype.Component;

/**
 * Articles following a change to the vocabulary: each affected article is saved as usual
 * through {@link ArticleEditing} (a revision, its file, events), so a rename is as safe
 * and as visible as an edit.
 */
@Component
class VocabularyRewrites implements VocabularyUsers {

	private final ArticleRepository articles;

	private final EditorialQueries queries;

	private final ArticleEditing editing;

	VocabularyRewrites(ArticleRepository articles, EditorialQueries queries, ArticleEditing editing) {
		this.articles = articles;
		this.queries = queries;
		this.editing = editing;
	}

	@Override
	public BulkOutcome apply(VocabularyChange change, String user) {
		if (change instanceof TagRenamed renamed) {
			return resave(articles.findIdsTagged(renamed.fromSlug()),
					draft -> draft.withTags(renamedTags(draft.tags(), renamed)), user);
		}
		CategoryMoved moved = (CategoryMoved) change;
		return resave(articles.findIdsInCategory(moved.from()), draft -> draft.withCategory(moved.to()), user);
	}

	@Override
	public long countInCategory(String slug) {
		return articles.countByCategorySlug(slug);
	}

	/**
	 * The tags with the renamed one replaced; a merge leaves one tag where two would
	 * share a slug.
	 */
	private static List<String> renamedTags(List<String> tags, TagRenamed renamed) {
		List<String> labels = new ArrayList<>();
		for (String tag : tags) {
			labels.add(Slugs.ofTag(tag).equals(renamed.fromSlug()) ? renamed.toLabel() : tag);
		}
		return ArticleMapper.tags(labels).stream().map(TagRef::label).toList();
	}

	private BulkOutcome resave(List<Long> ids, UnaryOperator<ArticleDraft> change, String user) {
		int changed = 0;
		List<String> refused = new ArrayList<>();
		for (long id : ids) {
			EditableArticle current = queries.editable(id);
			try {
				editing.save(id, current.version(), change.apply(current.draft()), user);
				changed++;
			}
			catch (DraftRejected | EditConflict ex) {
				String why = ex instanceof DraftRejected rejected
						? rejected.problems().stream().map(DraftProblem::message).findFirst().orElse("")
						: "it was being edited at the same moment";
				refused.add(current.draft().title() + ": " + why);
			}
		}
		return new BulkOutcome(changed, refused);
	}

}
