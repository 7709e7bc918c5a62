package org.haven.editor.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploaded photos get smaller copies, and articles offer them to browsers through srcset.
 */
@EditorIntegrationTest
class ResponsiveImagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaLibrary media;

	@Autowired
	ArticleEditing editing;

	@Autowired
	ImageVariants variants;

	@Test
	void aWidePhotoGetsACopyAtEachConfiguredWidthBelowItsOwn() throws Exception {
		String name = media.store("Wide Meadow.jpg", TestImages.image("jpg", 2000, 1000)).name();

		for (int width : new int[] { 480, 960, 1440 }) {
			byte[] copy = mvc.perform(get("/media/" + width + "w/" + name))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/jpeg"))
				.andExpect(header().string("Cache-Control", "max-age=86400, public"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy));
			assertThat(image.getWidth()).isEqualTo(width);
			assertThat(image.getHeight()).isEqualTo(width / 2);
		}
		mvc.perform(get("/media/2000w/" + name)).andExpect(status().isNotFound());
		mvc.perform(get("/media/300w/" + name)).andExpect(status().isNotFound());
	}

	@Test
	void aPortraitPhoneJpegIsStoredWithoutItsMetadataAndTurnedUprightInItsCopies() throws Exception {
		byte[] photo = TestImages.withJpegSegment(TestImages.jpegWithOrientation(2000, 1000, 6), 0xFE,
				ImageMetadataUnitTest.HOME);
		String name = media.store("portrait.jpg", photo).name();

		String stored = new String(Files.readAllBytes(media.folder().resolve(name)), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("Hawthorn");
		assertThat(ImageHeader.of(media.folder().resolve(name))).contains(new ImageHeader("jpg", 1000, 2000));

		byte[] copy = mvc.perform(get("/media/480w/" + name)).andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy));
		assertThat(image.getWidth()).isEqualTo(480);
		assertThat(image.getHeight()).isEqualTo(960);
		mvc.perform(get("/media/1440w/" + name)).andExpect(status().isNotFound());
	}

	@Test
	void aWebpIsDecodedAndGetsCopiesTooAsJpegOrAsPngWhenTransparent() throws Exception {
		String photo = media.store("Lake.webp", TestImages.webp("photo-1200x600.webp")).name();

		byte[] copy = mvc.perform(get("/media/480w/" + photo))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy));
		assertThat(image.getWidth()).isEqualTo(480);
		assertThat(image.getHeight()).isEqualTo(240);
		assertThat(variants.widthsFor(new ImageHeader("webp", 64, 48))).isEmpty();
		assertThat(variants.widthsFor(new ImageHeader("webp", 1000, 800))).containsExactly(480, 960);
	}

	@Test
	void anOriginalOverFiftyMegapixelsAddedByHandGetsNoCopies() {
		assertThat(variants.widthsFor(new ImageHeader("jpg", 10_000, 5_001))).isEmpty();
		assertThat(variants.widthsFor(new ImageHeader("png", 10_000, 5_000))).containsExactly(480, 960, 1440);
	}

	@Test
	void aSmallImageOrAGifHasNoCopies() throws Exception {
		String small = media.store("small.png", TestImages.image("png", 300, 200)).name();
		String gif = media.store("wave.gif", TestImages.image("gif", 1200, 600)).name();

		mvc.perform(get("/media/480w/" + small)).andExpect(status().isNotFound());
		mvc.perform(get("/media/480w/" + gif)).andExpect(status().isNotFound());
		mvc.perform(get("/media/" + gif)).andExpect(status().isOk());
	}

	@Test
	void aMissingCopyIsMadeAgainOnRequestAsOnAFreshClone() throws Exception {
		String name = media.store("harbour.png", TestImages.image("png", 1000, 500)).name();
		Path copy = copies().resolve("480w").resolve(name);
		assertThat(copy).exists();
		Files.delete(copy);

		mvc.perform(get("/media/480w/" + name)).andExpect(status().isOk());
		assertThat(copy).exists();
		assertThat(ImageIO.read(copy.toFile()).getWidth()).isEqualTo(480);
	}

	@Test
	void namesThatCouldLeaveTheFolderAreNotServed() throws Exception {
		mvc.perform(get("/media/480w/..%2Fapplication.yaml")).andExpect(status().is4xxClientError());
		mvc.perform(get("/media/480w/no-such-image.jpg")).andExpect(status().isNotFound());
	}

	@Test
	void anArticleImageRendersWithItsSizeAndACopyForEachScreen() throws Exception {
		String name = media.store("Quiet Room.jpg", TestImages.image("jpg", 1600, 1200)).name();
		String slug = Drafts.uniqueSlug("picture");
		EditableArticle draft = editing.create(Drafts.withBody(Drafts.publishable(slug),
				"A quiet room.\n\n![A quiet room with a chair](/media/" + name + ")\n"), "editor@haven.test");
		editing.publish(draft.id(), draft.version(), draft.draft(), null, "editor@haven.test");

		String page = mvc.perform(get("/articles/" + slug)).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("alt=\"A quiet room with a chair\"", "width=\"1600\"", "height=\"1200\"",
				"srcset=\"/media/480w/" + name + " 480w, /media/960w/" + name + " 960w, /media/1440w/" + name
						+ " 1440w, /media/" + name + " 1600w\"",
				"sizes=\"(min-width: 48rem) 44rem, 100vw\"", "loading=\"lazy\"");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	private Path copies() {
		return Path.of("target/test-data-editor/media-variants");
	}

}
