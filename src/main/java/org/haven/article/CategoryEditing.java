package org.haven.article;

import java.util.ArrayList;
import java.util.List;

import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write side of categories for the editor: create, edit, rename the slug, merge one into another. Every change is
 * written back to {@code content/categories.yaml} atomically in the same transaction, so the importer sees the file
 * and the database agree. Renaming and merging move each article through {@link ArticleEditing} (a revision, its
 * file, events); the old category goes, and its address redirects, only once no article is left in it.
 */
@Service
public class CategoryEditing {

	/** What a change did: the category as it is now, how many articles moved to it, and the ones that could not. */
	public record CategoryChange(CategoryView category, int moved, List<String> refused) {
	}

	private final CategoryRepository categories;

	private final ArticleRepository articles;

	private final ArticleEditing editing;

	private final EditorialQueries queries;

	private final CategoriesFile file;

	private final SlugRedirects redirects;

	private final ContentImport contentImport;

	private final ContentProperties properties;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	CategoryEditing(CategoryRepository categories, ArticleRepository articles, ArticleEditing editing,
			EditorialQueries queries, CategoriesFile file, SlugRedirects redirects, ContentImport contentImport,
			ContentProperties properties, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.categories = categories;
		this.articles = articles;
		this.editing = editing;
		this.queries = queries;
		this.file = file;
		this.redirects = redirects;
		this.contentImport = contentImport;
		this.properties = properties;
		this.transaction = transaction;
		this.events = events;
	}

	public CategoryView create(CategoryDraft raw) {
		return contentImport.exclusively(() -> {
			String name = raw.name().strip();
			String slug = raw.slug().isBlank() ? Slugs.of(name) : raw.slug().strip();
			int order = raw.order() != null ? raw.order()
					: categories.findAll().stream().mapToInt(Category::getOrder).max().orElse(0) + 1;
			CategoryDraft draft = new CategoryDraft(name, slug, raw.description().strip(), order);
			check(draft, null);
			declare(draft);
			announce();
			return queries.category(slug);
		});
	}

	/** Changes name, description and order; a new slug renames the category (see {@link #merge}). */
	public CategoryChange update(String slug, CategoryDraft raw, String user) {
		return contentImport.exclusively(() -> {
			Category current = find(slug);
			CategoryDraft draft = new CategoryDraft(raw.name().strip(),
					raw.slug().isBlank() ? slug : raw.slug().strip(), raw.description().strip(),
					raw.order() != null ? raw.order() : current.getOrder());
			check(draft, slug);
			if (draft.slug().equals(slug)) {
				transaction.executeWithoutResult(status -> {
					find(slug).update(draft.name(), draft.description(), draft.order());
					writeFile();
				});
				announce();
				return new CategoryChange(queries.category(slug), 0, List.of());
			}
			declare(draft);
			return moveAll(slug, draft.slug(), user);
		});
	}

	/** Moves every article of {@code from} into {@code into}; {@code from} then disappears and redirects there. */
	public CategoryChange merge(String from, String into, String user) {
		return contentImport.exclusively(() -> {
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
		ArticleEditing.BulkOutcome outcome = editing.moveCategory(from, into, user);
		transaction.executeWithoutResult(status -> {
			if (!articles.existsByCategorySlug(from)) {
				categories.findBySlug(from).ifPresent(categories::delete);
				redirects.record(SlugRedirect.Kind.CATEGORY, from, into);
				writeFile();
			}
		});
		announce();
		return new CategoryChange(queries.category(into), outcome.changed(), outcome.refused());
	}

	/** Adds a new category; its slug stops redirecting if it used to belong to another one. */
	private void declare(CategoryDraft draft) {
		transaction.executeWithoutResult(status -> {
			Category category = new Category(draft.slug());
			category.update(draft.name(), draft.description(), draft.order());
			categories.save(category);
			redirects.forget(SlugRedirect.Kind.CATEGORY, draft.slug());
			writeFile();
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
				problems.add(new DraftProblem("slug", "Give the category a web address (slug), for example 'self-care'."));
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

	/** Rewrites the file from the database, inside the caller's transaction: a failed write rolls the change back. */
	private void writeFile() {
		categories.flush();
		file.write(properties.dir(), categories.findAllByOrderByOrderAscNameAsc());
	}

	/** Category names sit on every card, so pages, feeds and the derived indexes are refreshed. */
	private void announce() {
		events.publishEvent(new SiteContentChanged("categories", true));
	}

}
