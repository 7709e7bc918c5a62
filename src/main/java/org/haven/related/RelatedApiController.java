package org.haven.related;

import java.util.List;

import org.haven.taxonomy.TagRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/articles/{slug}/related}: the suggestions for an article and why
 * each was made.
 */
@RestController
class RelatedApiController {

	private final RelatedArticles related;

	RelatedApiController(RelatedArticles related) {
		this.related = related;
	}

	record RelatedJson(String slug, String title, String url, double score, List<String> sharedTags, boolean fillIn) {

		static RelatedJson of(Suggestion s) {
			return new RelatedJson(s.card().slug(), s.card().title(), s.card().url(), Math.round(s.score() * 1e4) / 1e4,
					s.sharedTags().stream().map(TagRef::slug).toList(), s.fillIn());
		}

	}

	@GetMapping("/api/v1/articles/{slug}/related")
	ResponseEntity<?> related(@PathVariable String slug) {
		return related.explain(slug)
			.<ResponseEntity<?>>map(list -> ResponseEntity.ok(list.stream().map(RelatedJson::of).toList()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published article '" + slug + "'")));
	}

}
