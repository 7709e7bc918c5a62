package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.haven.article.ContentImport;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses of a site's previous life (Hugo permalinks, WordPress permalinks and
 * archives) answer with a permanent redirect to where the content lives now; anything
 * else is still not found.
 */
@SiteIntegrationTest
class OldAddressesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ContentImport contentImport;

	@BeforeEach
	void importContent() {
		contentImport.importAll();
	}

	@ParameterizedTest
	@CsvSource({ "/posts/behavioural-activation/, /articles/behavioural-activation",
			"/post/behavioural-activation, /articles/behavioural-activation",
			"/2019/03/11/behavioural-activation/, /articles/behavioural-activation",
			"/2019/03/behavioural-activation/, /articles/behavioural-activation",
			"/behavioural-activation/, /articles/behavioural-activation",
			"/behavioural-activation, /articles/behavioural-activation",
			"/category/depression/, /categories/depression", "/category/parent/depression/, /categories/depression" })
	void redirectsPermanently(String old, String now) {
		HttpResponse<String> response = new Http(port).get(old);

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(now);
	}

	@ParameterizedTest
	@CsvSource({ "/posts/no-such-article/", "/category/no-such-category/", "/media/no-such.jpg" })
	void somethingThatNeverExistedIsStillNotFound(String path) {
		assertThat(new Http(port).get(path).statusCode()).isEqualTo(404);
	}

}
