package org.haven.taxonomy;

import java.util.ArrayList;
import java.util.List;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The write side of categories for the editor: create, edit, rename the slug, merge one
 * into another. Every change is written back to {@code content/categories.yaml}
 * atomically in the same transaction, so the importer sees the file and the database
 * agree. Renaming and merging move each article through {@link TaxonomyChanges} (a
 * revision, its file, events); the old category goes, and its address redirects, only
 * once no article is left in it.
 */
@Service
public class CategoryEditing {

	/**
	 * What a change did: the category as it is now, how many articles moved to it, and
	 * the ones that could not.
	 */
	public record CategoryChange(CategoryView category, int moved, List<String> refused) {
	}

	private final CategoryRepository categories;

	private final TaxonomyChanges changes;

	private final VocabularyUsers users;

	private final SlugRedirects redirects;

	private final ContentFolderLock lock;

	private final CategoryWrites writes;

	CategoryEditing(CategoryRepository categories, TaxonomyChanges changes, VocabularyUsers users,
			SlugRedirects redirects, ContentFolderLock lock, CategoryWrites writes) {
		this.categories = categories;
		this.changes = changes;
		this.users = users;
		this.redirects = redirects;
		this.lock = lock;
		this.writes = writes;
	}

	public CategoryView create(CategoryDraft raw) {
		return lock.exclusively(() -> {
			String name = raw.name().strip();
			String slug = raw.slug().isBlank() ? Slugs.of(name) : raw.slug().strip();
			int order = raw.order() != null ? raw.order()
					: categories.findAll().stream().mapToInt(Category::getOrder).max().orElse(0) + 1;
			CategoryDraft draft = new CategoryDraft(name, slug, raw.description().strip(), order);
			check(draft, null);
			declare(draft);
			announce();
			return view(slug);
		});
	}

	/**
	 * Changes name, description and order; a new slug renames the category (see
	 * {@link #merge}).
	 */
	public CategoryChange update(String slug, CategoryDraft raw, String user) {
		return lock.exclusively(() -> {
			Category current = find(slug);
			CategoryDraft draft = new CategoryDraft(raw.name().strip(),
					raw.slug().isBlank() ? slug : raw.slug().strip(), raw.description().strip(),
					raw.order() != null ? raw.order() : current.getOrder());
			check(draft, slug);
			if (draft.slug().equals(slug)) {
				writes.commit(() -> {
					find(slug).update(draft.name(), draft.description(), draft.order());
				});
				announce();
				return new CategoryChange(view(slug), 0, List.of());
			}
			declare(draft);
			return moveAll(slug, draft.slug(), user);
		});
	}

	/**
	 * Moves every article of {@code from} into {@code into}; {@code from} then disappears
	 * and redirects there.
	 */
	public CategoryChange merge(String from, String into, String user) {
		return lock.exclusively(() -> {
			find(from);
			String target = into.strip();
			List<DraftProblem> problems = new ArrayList<>();
			if (target.isEmpty()) {
				problems.add(new DraftProblem("into", "Choose the category to merge into."));
			}
			else if (target.equals(from)) {
				problems.add(new DraftProblem("into", "A category cannot be merged into itself."));
			}
			else if (categories.findBySlug(target).isEmpty()) {
				problems.add(new DraftProblem("into", "'" + target + "' is not one of the site's categories."));
			}
			if (!problems.isEmpty()) {
				throw new DraftRejected(problems);
			}
			return moveAll(from, target, user);
		});
	}

	private CategoryChange moveAll(String from, String into, String user) {
		BulkOutcome outcome = changes.moveCategory(from, into, user);
		writes.commit(() -> {
			if (users.countInCategory(from) == 0) {
				categories.findBySlug(from).ifPresent(categories::delete);
				redirects.record(SlugRedirect.Kind.CATEGORY, from, into);
			}
		});
		announce();
		return new CategoryChange(view(into), outcome.changed(), outcome.refused());
	}

	/**
	 * Adds a new category; its slug stops redirecting if it used to belong to another
	 * one.
	 */
	private void declare(CategoryDraft draft) {
		writes.commit(() -> {
			Category category = new Category(draft.slug());
			category.update(draft.name(), draft.description(), draft.order());
			categories.save(category);
			redirects.forget(SlugRedirect.Kind.CATEGORY, draft.slug());
		});
	}

	private void check(CategoryDraft draft, @Nullable String currentSlug) {
		List<DraftProblem> problems = new ArrayList<>();
		if (draft.name().isBlank()) {
			problems.add(new DraftProblem("name", "Give the category a name."));
		}
		else if (draft.name().length() > 200) {
			problems.add(new DraftProblem("name", "Keep the name to 200 characters at most."));
		}
		String slug = draft.slug();
		if (slug.isBlank()) {
			if (!draft.name().isBlank()) {
				problems
					.add(new DraftProblem("slug", "Give the category a web address (slug), for example 'self-care'."));
			}
		}
		else if (!Slugs.isValid(slug) || slug.length() > 120) {
			problems.add(new DraftProblem("slug", "The web address may use only lowercase letters, digits and single "
					+ "hyphens (at most 120), for example '" + Slugs.of(slug) + "'."));
		}
		else if (!slug.equals(currentSlug) && categories.findBySlug(slug).isPresent()) {
			problems.add(new DraftProblem("slug", "Another category already uses the address '/categories/" + slug
					+ "'. To put the two together, merge them."));
		}
		if (!problems.isEmpty()) {
			throw new DraftRejected(problems);
		}
	}

	private Category find(String slug) {
		return categories.findBySlug(slug).orElseThrow(() -> new VocabularyNotFound("category '" + slug + "'"));
	}

	private CategoryView view(String slug) {
		return find(slug).view(users.countInCategory(slug));
	}

	/**
	 * Category names sit on every card, so pages, feeds and the derived indexes are
	 * refreshed.
	 */
	private void announce() {
		writes.announce();
	}

}
