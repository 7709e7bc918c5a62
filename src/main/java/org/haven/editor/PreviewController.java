package org.haven.editor;

import java.util.ArrayList;
import java.util.List;

import org.haven.article.ArticlePreviews;
import org.haven.config.SiteProperties;
import org.haven.content.DraftProblem;
import org.haven.theme.Theme;
import org.haven.theme.ThemeFiles;
import org.haven.theme.ThemeRegistry;
import org.haven.web.AssetUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Renders the form as readers would see it, through the same pipeline as a save and with
 * the active theme's stylesheets. {@code fragment=true} returns only the preview section,
 * for the editor script's live refresh.
 */
@Controller
class PreviewController {

	private final ArticlePreviews previews;

	private final ThemeRegistry themes;

	private final AssetUrls assets;

	private final PlainLanguage plainLanguage;

	private final PlainLanguageWords words;

	PreviewController(ArticlePreviews previews, ThemeRegistry themes, AssetUrls assets, PlainLanguage plainLanguage,
			SiteProperties site) {
		this.plainLanguage = plainLanguage;
		this.words = new PlainLanguageWords(site.locale());
		this.previews = previews;
		this.themes = themes;
		this.assets = assets;
	}

	@PostMapping("/admin/articles/preview")
	String preview(@ModelAttribute("form") ArticleForm form, @RequestParam(defaultValue = "false") boolean fragment,
			@RequestParam(required = false) Long articleId, Model model) {
		List<DraftProblem> problems = new ArrayList<>();
		var preview = previews.preview(form.toDraft(problems), articleId);
		problems.addAll(preview.publishProblems());
		model.addAttribute("preview", preview);
		model.addAttribute("problems", problems);
		model.addAttribute("themeStylesheets", themeStylesheets());
		if (fragment) {
			// the editor's panel beside the preview, not part of the page readers see
			model.addAttribute("plain", plainLanguage.check(form.getBody(), form.getCategory()));
			model.addAttribute("plainWords", words);
		}
		return fragment ? "admin/articles/preview :: preview" : "admin/articles/preview";
	}

	/**
	 * {@code css/<name>.css} of the active theme and each theme it extends, base theme
	 * first.
	 */
	private List<String> themeStylesheets() {
		Theme active = themes.active();
		List<String> urls = new ArrayList<>();
		for (Theme theme = active; theme != null; theme = theme.parent() == null ? null
				: themes.theme(theme.parent()).orElse(null)) {
			String css = "css/" + theme.name() + ".css";
			if (ThemeFiles.find(active, "static", css).isPresent()) {
				urls.add(0, assets.url(css));
			}
		}
		return urls;
	}

}
