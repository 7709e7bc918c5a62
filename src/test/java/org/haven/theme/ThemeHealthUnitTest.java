package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** What the health indicator and the theme endpoint say about broken themes. */
class ThemeHealthUnitTest {

	final ThemeRegistry registry = new ThemeRegistry(
			new ThemeProperties(ThemeRegistryUnitTest.FIXTURES, "bad-syntax", true, Map.of(), null), e -> {
			});

	@Test
	void healthStaysUpButNamesEveryBrokenThemeAndTheFallback() {
		Health health = new ThemeHealthIndicator(registry).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("active", "calm")
			.containsEntry("wanted", "bad-syntax")
			.containsKey("degraded");
		assertThat(health.getDetails().get("problems").toString())
			.contains("theme 'bad-syntax', templates/article.html: line 6", "theme 'unknown-parent', theme.yaml");
	}

	@Test
	void theEndpointListsLoadedThemesWithTheirParent() {
		Map<String, Object> state = new ThemeEndpoint(registry).theme();

		assertThat(state.get("themes").toString()).contains("name=child", "parent=calm", "version=2.0.0");
		assertThat(state.get("problems").toString()).contains("theme 'cycle-a'");
	}

	@Test
	void theEndpointRefusesABrokenThemeWithItsProblem() {
		var response = new ThemeEndpoint(registry).activate("bad-markup");

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody().get("error").toString()).contains("templates/page.html: line 5");
		assertThat(registry.active().name()).isEqualTo("calm");
	}

}
