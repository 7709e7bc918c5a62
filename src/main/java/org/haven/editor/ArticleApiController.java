package org.haven.editor;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.ArticleFilter;
import org.haven.article.ArticleRow;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.article.RevisionView;
import org.haven.article.Slice;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.content.FrontMatter.Faq;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for scripts and other tools: the same operations, checks and permissions
 * as the editor form. Versions travel in the body ({@code version}); a stale one is a 409
 * with the current article. Described in {@code /api/v1/openapi.yaml}.
 */
@RestController
@RequestMapping("/api/v1")
class ArticleApiController {

	/** A draft as JSON: like {@link ArticleDraft}, but every field may be left out. */
	record DraftBody(@Nullable String title, @Nullable String slug, @Nullable String summary, @Nullable String category,
			@Nullable List<String> tags, @Nullable String author, @Nullable String reviewer,
			@Nullable LocalDate lastReviewed, @Nullable String contentWarning, @Nullable List<String> contentNotes,
			@Nullable Boolean featured, @Nullable List<Faq> faq, @Nullable String cover, @Nullable String coverAlt,
			@Nullable String body) {

		ArticleDraft toDraft() {
			String t = title == null ? "" : title;
			String s = slug == null || slug.isBlank() ? Slugs.of(t) : slug;
			return new ArticleDraft(t, s, orEmpty(summary), orEmpty(category), tags == null ? List.of() : tags, author,
					reviewer, lastReviewed, contentWarning, contentNotes == null ? List.of() : contentNotes,
					Boolean.TRUE.equals(featured), faq == null ? List.of() : faq, cover, coverAlt, orEmpty(body));
		}

		/**
		 * Only a clinical sign-off says who reviewed an article and when: a body may
		 * repeat the current values (as {@code GET} returned them) or leave them out, but
		 * not change them.
		 */
		void requireReviewUnchanged(@Nullable String currentReviewer, @Nullable LocalDate currentLastReviewed) {
			boolean reviewerChanged = reviewer != null && !reviewer.equals(currentReviewer);
			boolean dateChanged = lastReviewed != null && !lastReviewed.equals(currentLastReviewed);
			if (reviewerChanged || dateChanged) {
				throw new DraftRejected(List.of(new DraftProblem(reviewerChanged ? "reviewer" : "lastReviewed",
						"The reviewer and review date are set by a clinical sign-off "
								+ "(POST /api/v1/articles/{id}/review), not by a save.")));
			}
		}

		private static String orEmpty(@Nullable String value) {
			return value == null ? "" : value;
		}

	}

	/** A save: the version the client read, and the draft. */
	record SaveRequest(long version, DraftBody draft) {
	}

	/** A publish: the version the client read, and when (absent: now). */
	record PublishRequest(long version, @Nullable Instant at) {
	}

	/** A status change with no new content. */
	record VersionRequest(long version) {
	}

	private final ArticleEditing editing;

	private final EditorialQueries queries;

	ArticleApiController(ArticleEditing editing, EditorialQueries queries) {
		this.editing = editing;
		this.queries = queries;
	}

	@GetMapping(value = "/openapi.yaml", produces = "application/yaml")
	Resource openApi() {
		return new ClassPathResource("api/openapi.yaml");
	}

	@GetMapping("/articles")
	Slice<ArticleRow> list(@RequestParam(required = false) String stage,
			@RequestParam(required = false) String category, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String author, @RequestParam(required = false) String q,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "25") int size) {
		String tagSlug = tag == null || tag.isBlank() ? null : Slugs.ofTag(tag);
		return queries.list(new ArticleFilter(stage, category, tagSlug, author, q, note), Math.max(1, page),
				Math.min(100, Math.max(1, size)));
	}

	@GetMapping("/articles/{id}")
	EditableArticle get(@PathVariable long id) {
		return queries.editable(id);
	}

	@GetMapping("/articles/{id}/revisions")
	List<RevisionView> revisions(@PathVariable long id) {
		queries.editable(id);
		return queries.revisions(id);
	}

	@PostMapping(value = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EditableArticle> create(@RequestBody DraftBody draft, Authentication user) {
		draft.requireReviewUnchanged(null, null);
		EditableArticle created = editing.create(draft.toDraft(), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id())).body(created);
	}

	@PutMapping(value = "/articles/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	EditableArticle save(@PathVariable long id, @RequestBody SaveRequest request, Authentication user) {
		// the article is read only when the role or the body needs it: an editor's plain
		// save goes straight on
		Permissions.requireEdit(user, () -> queries.editable(id));
		if (request.draft().reviewer() != null || request.draft().lastReviewed() != null) {
			EditorialQueries.SignedOff current = queries.signedOff(id);
			request.draft().requireReviewUnchanged(current.reviewer(), current.lastReviewed());
		}
		return editing.save(id, request.version(), request.draft().toDraft(), user.getName());
	}

	@PostMapping(value = "/articles/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
	EditableArticle submit(@PathVariable long id, @RequestBody VersionRequest request, Authentication user) {
		EditableArticle current = queries.editable(id);
		Permissions.requireEdit(user, current);
		return editing.submitForReview(id, request.version(), current.draft(), user.getName());
	}

	@PostMapping(value = "/articles/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
	EditableArticle publish(@PathVariable long id, @RequestBody PublishRequest request, Authentication user) {
		Permissions.requirePublish(user);
		return editing.publish(id, request.version(), queries.editable(id).draft(), request.at(), user.getName());
	}

	@PostMapping(value = "/articles/{id}/unpublish", consumes = MediaType.APPLICATION_JSON_VALUE)
	EditableArticle unpublish(@PathVariable long id, @RequestBody VersionRequest request, Authentication user) {
		Permissions.requirePublish(user);
		return editing.unpublish(id, request.version(), user.getName());
	}

}
