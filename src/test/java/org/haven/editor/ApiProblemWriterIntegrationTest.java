package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;

import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals written before MVC are problem details serialised by Jackson, whatever
 * characters they carry.
 */
@EditorIntegrationTest
class ApiProblemWriterIntegrationTest {

	@Autowired
	ApiProblemWriter problems;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Test
	void quotesAndBackslashesInTitleAndDetailStayValidJson() throws Exception {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"The \"draft\" at C:\\content\\a.md is\nnot yours");
		problem.setTitle("Not \"yours\" \\ sorry");
		problem.setType(URI.create("https://haven.test/problems/forbidden"));
		problem.setProperty("slug", "a\"b\\c");
		MockHttpServletResponse response = new MockHttpServletResponse();

		problems.write(response, problem);

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		JsonNode body = json.readTree(response.getContentAsByteArray());
		assertThat(body.get("title").asString()).isEqualTo("Not \"yours\" \\ sorry");
		assertThat(body.get("detail").asString()).isEqualTo("The \"draft\" at C:\\content\\a.md is\nnot yours");
		assertThat(body.get("status").asInt()).isEqualTo(403);
		assertThat(body.get("type").asString()).isEqualTo("https://haven.test/problems/forbidden");
		assertThat(body.get("slug").asString()).as("properties sit at the top level").isEqualTo("a\"b\\c");
	}

	@Test
	void aRequestWithoutATokenGetsTheSameFieldsAsBefore() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/articles")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode body = json.readTree(response.getContentAsByteArray());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("type", "title", "status", "detail");
		assertThat(body.get("type").asString()).isEqualTo("about:blank");
		assertThat(body.get("title").asString()).isEqualTo("Unauthorized");
		assertThat(body.get("status").asInt()).isEqualTo(401);
		assertThat(body.get("detail").asString()).contains("'Authorization: Bearer hvn_…'");
	}

}
