package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.support.EditorIntegrationTest;
import org.haven.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nothing from the admin area or the API is kept by a browser or a shared cache: every
 * response says {@code Cache-Control: no-store}, including redirects and refusals; reader
 * pages and the admin's static assets keep their caching.
 */
@EditorIntegrationTest
class NoStoreIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Test
	void adminAndApiResponsesAreNeverStored() {
		String token = tokens.issue(EditorIntegrationTest.ADMIN_EMAIL, "no-store check");
		String bearer = "Bearer " + token;

		assertThat(Http.get(port, "/admin").headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(Http.get(port, "/admin/tokens").headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(Http.get(port, "/api/v1/articles", "Authorization", bearer).headers().firstValue("Cache-Control"))
			.hasValue("no-store");
		assertThat(Http.get(port, "/api/v1/articles").headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(Http.get(port, "/api/v1/articles/arguing-without-hurting/related")
			.headers()
			.firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void readerPagesAndAdminAssetsKeepTheirCaching() {
		assertThat(Http.get(port, "/").headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
		assertThat(Http.get(port, "/admin/assets/admin.css").headers().firstValue("Cache-Control").orElse(""))
			.doesNotContain("no-store");
	}

}
