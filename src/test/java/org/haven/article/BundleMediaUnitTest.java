package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundleMediaUnitTest {

	@Test
	void rewritesMarkdownHtmlAndFrontMatterReferencesButNotOtherNames() {
		String text = """
				---
				image: cover.jpg
				images: ["cover.jpg"]
				---
				![A lake](lake.jpg "Still") and ![](./lake.jpg) and <img src="lake.jpg">
				{{< figure src="lake.jpg" >}} {{< figure src="lake.jpg" link="lake.jpg" >}} <a href='lake.jpg'>
				but not (big-lake.jpg) or lake.jpg.bak or unlink="lake.jpg" here
				""";

		String lake = BundleMedia.rewrite(text, "lake.jpg", "/media/b-lake.jpg");
		String both = BundleMedia.rewrite(lake, "cover.jpg", "/media/b-cover.jpg");

		assertThat(both).contains("image: /media/b-cover.jpg", "images: [\"/media/b-cover.jpg\"]",
				"![A lake](/media/b-lake.jpg \"Still\")", "![](/media/b-lake.jpg)", "<img src=\"/media/b-lake.jpg\">",
				"src=\"/media/b-lake.jpg\" >}}", "link=\"/media/b-lake.jpg\" >}}", "<a href='/media/b-lake.jpg'>",
				"(big-lake.jpg)", "lake.jpg.bak", "unlink=\"lake.jpg\"");
	}

	@Test
	void onlyLeafBundlesAndSafeNames() {
		assertThat(BundleMedia.isBundle("articles/post/calm/index.md")).isTrue();
		assertThat(BundleMedia.isBundle("articles/post/calm.md")).isFalse();
		assertThat(BundleMedia.isBundle("pages/about/index.md")).isFalse();
		assertThat(BundleMedia.mediaName("my post", "Ünder sea.JPG")).isEqualTo("my-post--nder-sea.JPG");
	}

}
