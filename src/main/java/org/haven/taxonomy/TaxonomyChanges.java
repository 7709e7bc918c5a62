package org.haven.taxonomy;

import java.util.List;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.content.Slugs;
import org.haven.taxonomy.SlugRedirect.Kind;
import org.haven.taxonomy.VocabularyChange.CategoryMoved;
import org.haven.taxonomy.VocabularyChange.TagRenamed;
import org.springframework.stereotype.Service;

/**
 * Bulk changes to the vocabulary: rename or merge a tag, move a category's articles. Old
 * addresses redirect.
 */
@Service
public class TaxonomyChanges {

	private final VocabularyUsers users;

	private final SlugRedirects redirects;

	TaxonomyChanges(VocabularyUsers users, SlugRedirects redirects) {
		this.users = users;
		this.redirects = redirects;
	}

	/**
	 * Renames the tag {@code fromSlug} to {@code toLabel} on every article that has it,
	 * or merges it into an existing tag with that label's slug. The old tag's address
	 * redirects to the new one once any article moved.
	 */
	public BulkOutcome renameTag(String fromSlug, String toLabel, String user) {
		String label = toLabel.strip();
		if (Slugs.ofTag(label).isEmpty()) {
			throw new DraftRejected(List.of(new DraftProblem("to", "Give the new tag a name with letters or digits.")));
		}
		BulkOutcome outcome = users.apply(new TagRenamed(fromSlug, label), user);
		if (outcome.changed() > 0) {
			redirects.record(Kind.TAG, fromSlug, Slugs.ofTag(label));
		}
		return outcome;
	}

	/**
	 * Moves every article in category {@code from} to {@code to}, one save each, like
	 * {@link #renameTag}.
	 */
	BulkOutcome moveCategory(String from, String to, String user) {
		return users.apply(new CategoryMoved(from, to), user);
	}

}
