package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.haven.content.ContentProperties;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plain-language panel beside the live preview: reading scores, long sentences,
 * passive wording, clinical terms with plain words (built in and the publisher's own),
 * and the category's reading-grade target as a calm warning.
 */
@EditorIntegrationTest
class PlainLanguageIntegrationTest {

	static final String HARD = "Cognitive distortions were identified by the clinician during the assessment. "
			+ "Individuals experiencing persistent generalised anxiety frequently demonstrate considerable "
			+ "difficulty regulating physiological arousal, particularly when confronted with unpredictable "
			+ "circumstances that necessitate immediate behavioural adaptation and sustained attentional control.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentProperties content;

	@Test
	void aHardDraftInACategoryWithATargetGetsACalmWarningAndItsProblemsListed() throws Exception {
		String panel = panel("anxiety", HARD);

		assertThat(panel).contains("id=\"plain-language\"", "id=\"reading-ease\"", "id=\"reading-grade\"",
				"id=\"reading-target-warning\"", "above the category&#39;s target of 9", "it does not stop publishing");
		assertThat(panel).contains("unhelpful thinking patterns", "instead of “Cognitive distortions”",
				"were identified");
		assertThat(panel).contains("Sentences over 25 words", "Individuals experiencing persistent generalised");
	}

	@Test
	void anEasyDraftHasNothingToFlag() throws Exception {
		String panel = panel("anxiety", "Worry is common. A short walk can help. So can talking to a friend.");

		assertThat(panel).doesNotContain("reading-target-warning")
			.contains("The category asks for grade 9 or lower.", "Nothing to flag");
	}

	@Test
	void thePublisherAddsTheirOwnTerms() throws Exception {
		Path file = content.dir().resolve(PlainLanguageTerms.FILE);
		Files.writeString(file, """
				en:
				  - term: psychometric instrument
				    plain: questionnaire
				""");
		try {
			assertThat(panel("growth", "We used a psychometric instrument.")).contains("questionnaire",
					"instead of “psychometric instrument”");
		}
		finally {
			Files.delete(file);
		}
	}

	private String panel(String category, String body) throws Exception {
		return mvc
			.perform(post("/admin/articles/preview").with(user("editor@haven.test").roles("EDITOR", "AUTHOR"))
				.with(csrf())
				.param("fragment", "true")
				.param("title", "A draft")
				.param("category", category)
				.param("body", body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
