package org.haven.site;

import java.util.List;
import java.util.Map;

import org.haven.article.PageView;
import org.haven.care.HelpService;
import org.haven.taxonomy.CategoryView;

/**
 * What every template receives as {@code site}: the publication's name and address, its
 * menus, the active theme's settings (typed: a boolean, a number or a colour as such),
 * and the crisis-support component shown on every page.
 */
public record SiteView(String title, String description, String baseUrl, String language, List<CategoryView> categories,
		List<PageView> pages, Crisis crisis, ThemeInfo theme, Map<String, Object> settings) {

	/**
	 * The crisis-support component every page shows, from {@code help.yaml} for the
	 * site's region: the main service, the emergency number and the help page's path.
	 */
	public record Crisis(String helpUrl, HelpService main, String emergency, String emergencyTelLink) {
	}

	/** The active theme: name (for asset URLs) and title. */
	public record ThemeInfo(String name, String title) {
	}

}
