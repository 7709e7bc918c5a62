package org.haven.editor;

import java.util.List;

import org.haven.article.ClinicalReview;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.article.SignOffView;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinical sign-off through the API: the same rules as the editor (reviewers only, never
 * one's own article).
 */
@RestController
@RequestMapping("/api/v1")
class ReviewApiController {

	/**
	 * A sign-off: the version the reviewer read, {@code approve} or
	 * {@code request-changes}, and a comment.
	 */
	record SignOffRequest(long version, String decision, String comment) {
	}

	private final ClinicalReview review;

	private final ReviewerAccounts reviewers;

	private final EditorialQueries queries;

	ReviewApiController(ClinicalReview review, ReviewerAccounts reviewers, EditorialQueries queries) {
		this.review = review;
		this.reviewers = reviewers;
		this.queries = queries;
	}

	@PostMapping(value = "/articles/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
	EditableArticle signOff(@PathVariable long id, @RequestBody SignOffRequest request, Authentication user) {
		Permissions.requireReview(user);
		String comment = request.comment() == null ? "" : request.comment();
		return switch (request.decision() == null ? "" : request.decision()) {
			case "approve" -> review.approve(id, request.version(), reviewers.of(user), comment);
			case "request-changes" -> review.requestChanges(id, request.version(), reviewers.of(user), comment);
			default -> throw new DraftRejected(
					List.of(new DraftProblem("decision", "The decision is 'approve' or 'request-changes'.")));
		};
	}

	@GetMapping("/articles/{id}/reviews")
	List<SignOffView> history(@PathVariable long id) {
		queries.editable(id);
		return review.history(id);
	}

}
