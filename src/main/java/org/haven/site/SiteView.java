package org.haven.site;

import java.util.List;
import java.util.Map;

import org.haven.article.PageView;
import org.haven.taxonomy.CategoryView;

/**
 * What every template receives as {@code site}: the publication's name and address, its
 * menus, the active theme's settings (typed: a boolean, a number or a colour as such),
 * and the crisis-support line shown in every footer.
 */
public record SiteView(String title, String description, String baseUrl, String language, List<CategoryView> categories,
		List<PageView> pages, Crisis crisis, ThemeInfo theme, Map<String, Object> settings) {

	/**
	 * The crisis-support line: always {@code text}; {@code link} and {@code linkText}
	 * when configured.
	 */
	public record Crisis(String text, String linkText, String link) {
	}

	/** The active theme: name (for asset URLs) and title. */
	public record ThemeInfo(String name, String title) {
	}

}
