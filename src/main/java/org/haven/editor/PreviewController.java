package org.haven.editor;

import java.util.ArrayList;
import java.util.List;

import org.haven.article.ArticlePreviews;
import org.haven.config.SiteProperties;
import org.haven.content.DraftProblem;
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

	private final PreviewStylesheets stylesheets;

	private final PlainLanguage plainLanguage;

	private final PlainLanguageWords words;

	PreviewController(ArticlePreviews previews, PreviewStylesheets stylesheets, PlainLanguage plainLanguage,
			SiteProperties site) {
		this.stylesheets = stylesheets;
		this.plainLanguage = plainLanguage;
		this.words = new PlainLanguageWords(site.locale());
		this.previews = previews;
	}

	@PostMapping("/admin/articles/preview")
	String preview(@ModelAttribute("form") ArticleForm form, @RequestParam(defaultValue = "false") boolean fragment,
			@RequestParam(required = false) Long articleId, Model model) {
		List<DraftProblem> problems = new ArrayList<>();
		var preview = previews.preview(form.toDraft(problems), articleId);
		problems.addAll(preview.publishProblems());
		model.addAttribute("preview", preview);
		model.addAttribute("problems", problems);
		model.addAttribute("themeStylesheets", stylesheets.urls());
		if (fragment) {
			// the editor's panel beside the preview, not part of the page readers see
			model.addAttribute("plain", plainLanguage.check(form.getBody(), form.getCategory()));
			model.addAttribute("plainWords", words);
		}
		return fragment ? "admin/articles/preview :: preview" : "admin/articles/preview";
	}

}
