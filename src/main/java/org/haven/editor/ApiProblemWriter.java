package org.haven.editor;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's refusals that happen before MVC (no token, a wrong token, a role that
 * may not) as the same problem details (RFC 9457) that {@link ApiProblems} returns,
 * serialised by the application's JSON mapper, which Boot teaches to flatten a
 * {@link ProblemDetail}'s properties.
 */
@Component
class ApiProblemWriter {

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final JsonMapper json;

	ApiProblemWriter(JsonMapper json) {
		this.json = json;
	}

	/**
	 * A refusal titled with the status's reason phrase; its type is spelled out, as
	 * clients have always seen it.
	 */
	void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ABOUT_BLANK);
		problem.setTitle(status.getReasonPhrase());
		write(response, problem);
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		json.writeValue(response.getOutputStream(), problem);
	}

}
