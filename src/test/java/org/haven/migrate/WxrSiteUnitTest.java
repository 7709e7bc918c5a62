package org.haven.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Category names of a WordPress export: parents go into the name, and a parent chain that
 * loops stops instead of recursing until the stack runs out (an export with two
 * categories naming each other as parent stopped the import with a StackOverflowError).
 */
class WxrSiteUnitTest {

	@Test
	void parentsGoIntoTheName() {
		WxrSite site = read(category("wellbeing", "Wellbeing", "") + category("sleep", "Sleep", "wellbeing"));

		assertThat(site.categoryName("sleep")).isEqualTo("Wellbeing › Sleep");
		assertThat(site.categoryName("unknown")).isEqualTo("unknown");
	}

	@Test
	void theParentsFlattenedNameIsKeptForTheDescription() {
		WxrSite site = read(category("wellbeing", "Wellbeing", "") + category("sleep", "Sleep", "wellbeing")
				+ category("naps", "Naps", "sleep"));

		assertThat(site.parentName("naps")).isEqualTo("Wellbeing › Sleep");
		assertThat(site.parentName("sleep")).isEqualTo("Wellbeing");
		assertThat(site.parentName("wellbeing")).isNull();
		assertThat(site.parentName("unknown")).isNull();
	}

	@Test
	void aParentChainThatLoopsStopsWhereItWouldRepeat() {
		WxrSite site = read(category("a", "Alpha", "b") + category("b", "Beta", "a") + category("c", "Gamma", "c"));

		assertThat(site.categoryName("a")).isEqualTo("Beta › Alpha");
		assertThat(site.categoryName("b")).isEqualTo("Alpha › Beta");
		assertThat(site.categoryName("c")).isEqualTo("Gamma");
	}

	private static String category(String nice, String name, String parent) {
		return "<wp:category><wp:category_nicename>" + nice + "</wp:category_nicename><wp:cat_name>" + name
				+ "</wp:cat_name><wp:category_parent>" + parent + "</wp:category_parent></wp:category>";
	}

	private static WxrSite read(String channel) {
		String export = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
				+ " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>" + channel + "</channel></rss>";
		return WxrReader.read(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), "test.xml");
	}

}
