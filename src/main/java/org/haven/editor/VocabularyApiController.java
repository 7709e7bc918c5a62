package org.haven.editor;

import java.net.URI;
import java.util.List;

import org.haven.article.EditorialQueries;
import org.haven.taxonomy.BulkOutcome;
import org.haven.taxonomy.CategoryDraft;
import org.haven.taxonomy.CategoryEditing;
import org.haven.taxonomy.CategoryEditing.CategoryChange;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.TagCount;
import org.haven.taxonomy.TaxonomyChanges;
import org.haven.taxonomy.VocabularyNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Categories and tags for scripts: list them with their article counts (every stage);
 * editors and admins create, change, rename and merge categories and rename or merge
 * tags, with the same checks and article revisions as the editor. Described in
 * {@code /api/v1/openapi.yaml}.
 */
@RestController
@RequestMapping("/api/v1")
class VocabularyApiController {

	/**
	 * A category as JSON. Fields left out are made (a slug from the name) or, on update,
	 * kept as they are.
	 */
	record CategoryBody(@Nullable String name, @Nullable String slug, @Nullable String description,
			@Nullable Integer order) {

		CategoryDraft toDraft(@Nullable CategoryView current) {
			return new CategoryDraft(or(name, current == null ? "" : current.name()), or(slug, ""),
					or(description, current == null ? "" : current.description()), order);
		}

	}

	record MergeRequest(@Nullable String into) {
	}

	record RenameRequest(@Nullable String to) {
	}

	private final CategoryEditing categories;

	private final TaxonomyChanges changes;

	private final EditorialQueries queries;

	VocabularyApiController(CategoryEditing categories, TaxonomyChanges changes, EditorialQueries queries) {
		this.categories = categories;
		this.changes = changes;
		this.queries = queries;
	}

	@GetMapping("/categories")
	List<CategoryView> categories() {
		return queries.categories();
	}

	@GetMapping("/categories/{slug}")
	CategoryView category(@PathVariable String slug) {
		return queries.category(slug);
	}

	@PostMapping(value = "/categories", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CategoryView> create(@RequestBody CategoryBody body, Authentication user) {
		Permissions.requirePublish(user);
		CategoryView created = categories.create(body.toDraft(null));
		return ResponseEntity.created(URI.create("/api/v1/categories/" + created.slug())).body(created);
	}

	@PutMapping(value = "/categories/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	CategoryChange update(@PathVariable String slug, @RequestBody CategoryBody body, Authentication user) {
		Permissions.requirePublish(user);
		return categories.update(slug, body.toDraft(queries.category(slug)), user.getName());
	}

	@PostMapping(value = "/categories/{slug}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
	CategoryChange merge(@PathVariable String slug, @RequestBody MergeRequest request, Authentication user) {
		Permissions.requirePublish(user);
		return categories.merge(slug, or(request.into(), ""), user.getName());
	}

	@GetMapping("/tags")
	List<TagCount> tags() {
		return queries.allTags();
	}

	@PostMapping(value = "/tags/{slug}/rename", consumes = MediaType.APPLICATION_JSON_VALUE)
	BulkOutcome renameTag(@PathVariable String slug, @RequestBody RenameRequest request, Authentication user) {
		Permissions.requirePublish(user);
		if (queries.allTags().stream().noneMatch(tag -> tag.slug().equals(slug))) {
			throw new VocabularyNotFound("tag '" + slug + "'");
		}
		return changes.renameTag(slug, or(request.to(), ""), user.getName());
	}

	private static String or(@Nullable String value, String fallback) {
		return value == null ? fallback : value;
	}

}
