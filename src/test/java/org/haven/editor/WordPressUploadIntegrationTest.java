package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.haven.article.Articles;
import org.haven.content.ContentProperties;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MediaZip;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An admin uploads the hand-written WordPress export in the admin; the import runs in the
 * background, and its progress page ends with the same report as the command. Everyone
 * but an admin is refused, and so is an upload without a CSRF token.
 */
@EditorIntegrationTest
class WordPressUploadIntegrationTest {

	static final Path EXPORT = Path.of("src/test/resources/fixtures/wordpress/export.xml");

	static final RequestPostProcessor ADMIN = user("root@haven.test").roles("ADMIN", "EDITOR", "AUTHOR");

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	Articles articles;

	@Autowired
	ContentProperties content;

	@Test
	void anAdminUploadsAnExportAndTheProgressPageEndsWithTheReport() throws Exception {
		String form = mvc.perform(get("/admin/import/wordpress").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(form)).isEmpty();
		assertThat(form).contains("enctype=\"multipart/form-data\"", "<label for=\"field-file\"");

		mvc.perform(multipart("/admin/import/wordpress").file(export()).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/import/wordpress/progress"));

		String json = awaitFinished();
		assertThat(json).contains("\"state\":\"done\"", "\"done\":11", "\"total\":11");
		String report = page("/admin/import/wordpress/progress");
		assertThat(HtmlChecker.errors(report)).isEmpty();
		assertThat(report)
			.contains("<progress id=\"import-bar\" value=\"11\" max=\"11\">11 of 11 items</progress>",
					"aria-live=\"polite\"", "Done: 11 of 11 items read.", "6 posts, 1 pages, 2 authors",
					"<dt>Imported</dt><dd>", "Old thing", "status trash", "<dt>Comments</dt><dd>5</dd>",
					"1 pingbacks and trackbacks", "2018/01/gone.jpg (attachment")
			.doesNotContain("import-wordpress.js");
		assertThat(articles.published("sleep-better")).isPresent();
		assertThat(articles.published("worry-time")).isPresent();
		assertThat(articles.page("uber-uns")).isPresent();
	}

	/**
	 * What the page's script does: the zip of {@code wp-content/uploads} goes first on
	 * its own, then the form names it.
	 */
	@Test
	void anAdminSendsTheMediaArchiveFirstAndTheImagesComeWithTheImport() throws Exception {
		byte[] zip = MediaZip.of("wp-content/uploads/", Path.of("src/test/resources/fixtures/wordpress/uploads"));
		Files.deleteIfExists(content.dir().resolve("media/wordpress/2019/03/calm-lake.gif"));
		String answer = mvc
			.perform(put("/admin/import/wordpress/media").content(zip)
				.contentType("application/zip")
				.header("X-File-Name", "uploads.zip")
				.with(ADMIN)
				.with(csrf().asHeader()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = answer.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		mvc.perform(
				multipart("/admin/import/wordpress").file(export()).param("media-upload", id).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/import/wordpress/progress"));

		assertThat(awaitFinished()).contains("\"state\":\"done\"");
		String report = page("/admin/import/wordpress/progress");
		assertThat(report).contains("2018/01/gone.jpg (attachment 21): not found in the media archive uploads.zip")
			.doesNotContain("calm-lake.gif (attachment", "haven-wordpress-media-");
		assertThat(content.dir().resolve("media/wordpress/2019/03/calm-lake.gif")).isRegularFile();
	}

	/**
	 * Without the script, the archive goes with the form (within the multipart limit).
	 */
	@Test
	void withoutTheScriptTheMediaArchiveGoesWithTheForm() throws Exception {
		byte[] zip = MediaZip.of("uploads/", Path.of("src/test/resources/fixtures/wordpress/uploads"));
		Files.deleteIfExists(content.dir().resolve("media/wordpress/2019/03/calm-lake.gif"));

		mvc.perform(multipart("/admin/import/wordpress").file(export())
			.file(new MockMultipartFile("media", "site-uploads.zip", "application/zip", zip))
			.with(ADMIN)
			.with(csrf())).andExpect(redirectedUrl("/admin/import/wordpress/progress"));

		assertThat(awaitFinished()).contains("\"state\":\"done\"");
		assertThat(page("/admin/import/wordpress/progress"))
			.contains("2018/01/gone.jpg (attachment 21): not found in the media archive site-uploads.zip");
		assertThat(content.dir().resolve("media/wordpress/2019/03/calm-lake.gif")).isRegularFile();
	}

	@Test
	void aMediaArchiveIsRefusedToAnyoneButAnAdminAndWithoutItsCsrfToken() throws Exception {
		byte[] zip = MediaZip.of("", Path.of("src/test/resources/fixtures/wordpress/uploads"));
		mvc.perform(put("/admin/import/wordpress/media").content(zip).with(EDITOR).with(csrf().asHeader()))
			.andExpect(status().isForbidden());
		mvc.perform(put("/admin/import/wordpress/media").content(zip).with(ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void aFormNamingAnArchiveThatIsNotKeptSaysSoAndStartsNothing() throws Exception {
		String page = refused(
				multipart("/admin/import/wordpress").file(export()).param("media-upload", "no-such-archive"));
		assertThat(page).contains("There is a problem", "The media archive is no longer here");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void aFileThatIsNotAnExportEndsInAFailureThatSaysWhy() throws Exception {
		mvc.perform(multipart("/admin/import/wordpress")
			.file(new MockMultipartFile("file", "notes.xml", "text/xml", "<rss><channel><item>".getBytes()))
			.with(ADMIN)
			.with(csrf())).andExpect(redirectedUrl("/admin/import/wordpress/progress"));

		assertThat(awaitFinished()).contains("\"state\":\"failed\"");
		String page = page("/admin/import/wordpress/progress");
		assertThat(HtmlChecker.errors(page)).isEmpty();
		assertThat(page).contains("The import failed", "notes.xml:", "not a readable WordPress export")
			.doesNotContain("haven-wordpress-");
	}

	@Test
	void anEmptyUploadIsRefusedWithAMessage() throws Exception {
		String page = refused(multipart("/admin/import/wordpress")
			.file(new MockMultipartFile("file", "export.xml", "text/xml", new byte[0])));
		assertThat(page).contains("There is a problem", "Choose the export file");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void onlyAdminsMayImport() throws Exception {
		mvc.perform(get("/admin/import/wordpress").with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/import/wordpress").file(export()).with(EDITOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/import/wordpress/progress").with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/import/wordpress").with(user("mo@haven.test").roles("MODERATOR")))
			.andExpect(status().isForbidden());
		assertThat(page("/admin")).contains("href=\"/admin/import/wordpress\"");
		assertThat(mvc.perform(get("/admin").with(EDITOR)).andReturn().getResponse().getContentAsString())
			.doesNotContain("/admin/import/wordpress");
	}

	@Test
	void anUploadWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(multipart("/admin/import/wordpress").file(export()).with(ADMIN)).andExpect(status().isForbidden());
	}

	/**
	 * Through the real server: the declared length alone gets the answer, before the
	 * container reads (and would fail on) the body.
	 */
	@Test
	void anExportOverTheLimitGetsAPageThatSaysSo() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream()
				.write(("POST /admin/import/wordpress HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 70L * 1024 * 1024
						+ "\r\n\r\n--x\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			StringBuilder response = new StringBuilder();
			byte[] buffer = new byte[8192];
			for (int n; !response.toString().contains("</html>") && (n = socket.getInputStream().read(buffer)) > 0;) {
				response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}
			assertThat(response.toString()).startsWith("HTTP/1.1 413")
				.contains("The file is too large", "at most 65 MB");
		}
	}

	private static MockMultipartFile export() throws Exception {
		return new MockMultipartFile("file", "export.xml", "application/xml", Files.readAllBytes(EXPORT));
	}

	/** The form page an admin's upload gets back with a 400. */
	private String refused(MockMultipartHttpServletRequestBuilder upload) throws Exception {
		return mvc.perform(upload.with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Polls the progress as the page's script does, until the import is over. */
	private String awaitFinished() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			String json = mvc
				.perform(get("/admin/import/wordpress/progress").accept(MediaType.APPLICATION_JSON).with(ADMIN))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!json.contains("\"state\":\"running\"") || Instant.now().isAfter(deadline)) {
				return json;
			}
			Thread.sleep(100);
		}
	}

}
