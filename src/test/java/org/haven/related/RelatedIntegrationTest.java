package org.haven.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

@SiteIntegrationTest
class RelatedIntegrationTest {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	@SuppressWarnings("unchecked")
	void explainsEachSuggestionWithItsScoreAndSharedTags() {
		HttpResponse<String> response = http.get("/api/v1/articles/understanding-panic-attacks/related");

		assertThat(response.statusCode()).isEqualTo(200);
		List<Map<String, Object>> related = JsonMapper.builder().build().readValue(response.body(), List.class);
		assertThat(related).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(related).extracting(r -> r.get("slug"))
			.doesNotContain("understanding-panic-attacks")
			// carries a content warning the panic article does not share
			.doesNotContain("when-thoughts-turn-dark");
		// grounding-techniques shares panic, breathing, grounding and anxiety: the
		// closest match
		assertThat(related.get(0)).containsEntry("slug", "grounding-techniques")
			.containsEntry("url", "/articles/grounding-techniques")
			.containsEntry("fillIn", false);
		assertThat((List<String>) related.get(0).get("sharedTags")).contains("panic", "grounding", "breathing");
		assertThat(related).extracting(r -> ((Number) r.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void answersAProblemForAnUnknownArticle() {
		HttpResponse<String> response = http.get("/api/v1/articles/no-such-article/related");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void theArticlePageShowsTheSuggestions() {
		String page = http.get("/articles/understanding-panic-attacks").body();

		assertThat(page).contains("Related reading");
		assertThat(page.substring(page.indexOf("Related reading"))).contains("href=\"/articles/grounding-techniques\"");
	}

}
