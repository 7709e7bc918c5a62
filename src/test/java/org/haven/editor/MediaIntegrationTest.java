package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.haven.editor.media.MediaLibrary;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Uploading images: checked by content, stored under content/media, served publicly at
 * /media.
 */
@EditorIntegrationTest
class MediaIntegrationTest {

	static final RequestPostProcessor AUTHOR = user("author@haven.test").roles("AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaLibrary media;

	@Test
	void anUploadedImageIsStoredUnderASlugNameAndServedToReaders() throws Exception {
		byte[] png = png(40, 30);
		mvc.perform(multipart("/admin/media").file(new MockMultipartFile("file", "Calm Lake (1).PNG", "image/png", png))
			.with(AUTHOR)
			.with(csrf())).andExpect(redirectedUrl("/admin/media"));

		assertThat(media.folder().resolve("calm-lake-1.png")).exists();
		assertThat(Files.readAllBytes(media.folder().resolve("calm-lake-1.png"))).isEqualTo(png);
		mvc.perform(get("/media/calm-lake-1.png")).andExpect(status().isOk()).andExpect(content().bytes(png));

		mvc.perform(multipart("/admin/media").file(new MockMultipartFile("file", "calm lake 1.png", "image/png", png))
			.with(AUTHOR)
			.with(csrf())).andExpect(redirectedUrl("/admin/media"));
		assertThat(media.folder().resolve("calm-lake-1-2.png")).exists();

		String page = mvc.perform(get("/admin/media").with(AUTHOR)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("![Describe the image](/media/calm-lake-1.png)");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedWhateverItsName() throws Exception {
		byte[] script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);

		String page = mvc
			.perform(multipart("/admin/media").file(new MockMultipartFile("file", "photo.png", "image/png", script))
				.with(AUTHOR)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Only JPEG, PNG, GIF and WebP images can be uploaded.");
		assertThat(media.folder().resolve("photo.png")).doesNotExist();
	}

	@Test
	void theEditorsScriptUploadsAndGetsJsonBackWithTheProblemInWords() throws Exception {
		mvc.perform(multipart("/admin/media")
			.file(new MockMultipartFile("file", "From Editor.png", "image/png", png(64, 48)))
			.accept(MediaType.APPLICATION_JSON)
			.with(AUTHOR)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("/media/from-editor.png"))
			.andExpect(jsonPath("$.width").value(64))
			.andExpect(jsonPath("$.height").value(48));

		mvc.perform(multipart("/admin/media")
			.file(new MockMultipartFile("file", "notes.png", "image/png", "just text".getBytes(StandardCharsets.UTF_8)))
			.accept(MediaType.APPLICATION_JSON)
			.with(AUTHOR)
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0]").value("Only JPEG, PNG, GIF and WebP images can be uploaded."));
		assertThat(media.folder().resolve("notes.png")).doesNotExist();
	}

	@Test
	void uploadsNeedACsrfTokenAndAnAccount() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "x.png", "image/png", png(2, 2));
		mvc.perform(multipart("/admin/media").file(file).with(AUTHOR)).andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/media").file(file).with(csrf())).andExpect(status().isUnauthorized());
	}

	static byte[] png(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
