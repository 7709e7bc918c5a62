package org.haven.site;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.haven.article.Articles;
import org.haven.article.PageView;
import org.haven.care.HelpDirectory;
import org.haven.care.HelpRegion;
import org.haven.comment.CommentCounts;
import org.haven.config.DatabaseFailures;
import org.haven.config.SiteProperties;
import org.haven.taxonomy.CategoryView;
import org.haven.theme.Theme;
import org.haven.theme.ThemeRegistry;
import org.haven.web.AssetUrls;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every reader template, error pages included, the variables of the theme contract
 * ({@code docs/themes.md}). Only this package's controllers render reader templates; the
 * editor, the JSON API, feeds and theme assets do not get the model, which costs a count
 * of the visible articles by category each time.
 */
@ControllerAdvice(basePackageClasses = SiteModelAdvice.class)
class SiteModelAdvice {

	private final SiteProperties properties;

	private final Articles articles;

	private final ThemeRegistry themes;

	private final AssetUrls assets;

	private final Formats formats;

	private final HelpDirectory help;

	private final CommentCounts commentCounts;

	private volatile @Nullable SiteView lastSite;

	SiteModelAdvice(SiteProperties properties, Articles articles, ThemeRegistry themes, AssetUrls assets,
			HelpDirectory help, CommentCounts commentCounts) {
		this.properties = properties;
		this.help = help;
		this.articles = articles;
		this.themes = themes;
		this.assets = assets;
		this.commentCounts = commentCounts;
		this.formats = new Formats(properties.locale(), properties.timeZone());
	}

	@ModelAttribute
	void addSiteModel(Model model, HttpServletRequest request) {
		model.addAllAttributes(common(request.getRequestURI()));
	}

	/** The variables every template receives, for {@code path}. */
	Map<String, Object> common(String path) {
		return Map.of("site", site(), "fmt", formats, "assets", assets, "path", path, "commentCounts", commentCounts);
	}

	/**
	 * The site's shared view; while the database is unavailable, the last one built, so
	 * that the 503 page still has the site's navigation and crisis contacts.
	 */
	SiteView site() {
		HelpRegion region = help.region();
		Theme theme = themes.active();
		List<CategoryView> categories;
		List<PageView> pages;
		try {
			categories = articles.categories();
			pages = articles.pages();
		}
		catch (RuntimeException ex) {
			SiteView last = lastSite;
			if (!DatabaseFailures.isOutage(ex)) {
				throw ex;
			}
			categories = last == null ? List.of() : last.categories();
			pages = last == null ? List.of() : last.pages();
		}
		SiteView site = new SiteView(properties.title(), properties.description(), properties.baseUrl().toString(),
				properties.language(), categories, pages,
				new SiteView.Crisis(HelpDirectory.PAGE, region.main(), region.emergency(), region.emergencyTelLink()),
				new SiteView.ThemeInfo(theme.name(), theme.title()), themes.typedSettings());
		lastSite = site;
		return site;
	}

}
