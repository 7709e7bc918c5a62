package org.haven.editor;

import java.util.List;

import org.haven.article.ArticleNotFound;
import org.haven.article.EditConflict;
import org.haven.article.SelfReviewRefused;
import org.haven.content.DraftRejected;
import org.haven.taxonomy.VocabularyNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API's failures as problem details (RFC 9457), named for what went wrong. */
@RestControllerAdvice(
		assignableTypes = { ArticleApiController.class, VocabularyApiController.class, ReviewApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(DraftRejected.class)
	ProblemDetail rejected(DraftRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The request has " + ex.problems().size() + " problem(s); see 'errors'. Nothing was saved.");
		problem.setTitle("Rejected");
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler(EditConflict.class)
	ProblemDetail conflict(EditConflict ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The article was saved by " + "someone else since version " + ex.expectedVersion()
						+ "; 'current' is their version. Nothing was saved.");
		problem.setTitle("Edit conflict");
		problem.setProperty("current", ex.current());
		return problem;
	}

	@ExceptionHandler({ ArticleNotFound.class, VocabularyNotFound.class })
	ProblemDetail notFound(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(SelfReviewRefused.class)
	ProblemDetail selfReview(SelfReviewRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Not your own review");
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail badRequest(Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request could not be read: check the JSON against /api/v1/openapi.yaml.");
		problem.setTitle("Bad request");
		problem.setProperty("errors", List.of());
		return problem;
	}

}
