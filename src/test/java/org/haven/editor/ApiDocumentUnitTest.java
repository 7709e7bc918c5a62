package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code /api/v1/openapi.yaml} describes exactly the paths the API's security chain
 * serves, and every field a draft may carry.
 */
class ApiDocumentUnitTest {

	@Test
	void everyPathOfTheEditorApiIsDescribedAndNothingElse() throws IOException {
		Map<String, Object> document;
		try (InputStream in = new ClassPathResource("api/openapi.yaml").getInputStream()) {
			document = new Yaml().load(in);
		}
		var described = ((Map<?, ?>) document.get("paths")).keySet()
			.stream()
			.map(path -> "/api/v1" + path.toString().replaceAll("\\{[^}]+}", "*"));

		assertThat(described).containsExactlyInAnyOrder(Arrays.stream(ApiSecurityConfiguration.EDITOR_API)
			.filter(path -> !path.endsWith("/openapi.yaml"))
			.toArray(String[]::new));
	}

	@Test
	void theDraftSchemaNamesEveryFieldTheApiAccepts() throws IOException {
		Map<String, Object> document;
		try (InputStream in = new ClassPathResource("api/openapi.yaml").getInputStream()) {
			document = new Yaml().load(in);
		}
		Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("schemas");
		Map<?, ?> draft = (Map<?, ?>) ((Map<?, ?>) schemas.get("Draft")).get("properties");

		assertThat(draft.keySet().stream().map(Object::toString))
			.containsExactlyInAnyOrder(Arrays.stream(ArticleApiController.DraftBody.class.getRecordComponents())
				.map(RecordComponent::getName)
				.toArray(String[]::new));
	}

}
