package org.haven.editor;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.article.ArticleNotFound;
import org.haven.article.ArticlePreviews;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Preview links for drafts: editors make one for someone without an account (an outside
 * clinical reviewer), see when each stops working and revoke any at once. The link shows
 * the article's current text as readers would see it, never cached and never indexed.
 */
@Controller
class PreviewLinkController {

	private final PreviewLinks links;

	private final EditorialQueries queries;

	private final ArticlePreviews previews;

	private final PreviewStylesheets stylesheets;

	private final EditorModel editorModel;

	PreviewLinkController(PreviewLinks links, EditorialQueries queries, ArticlePreviews previews,
			PreviewStylesheets stylesheets, EditorModel editorModel) {
		this.links = links;
		this.queries = queries;
		this.previews = previews;
		this.stylesheets = stylesheets;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/articles/{id}/preview-links")
	String list(@PathVariable long id, Authentication user, Model model) {
		editorModel.addTo(model, user);
		EditableArticle article = queries.editable(id);
		model.addAttribute("article", article);
		model.addAttribute("links", links.of(id));
		model.addAttribute("canEdit", Permissions.canEdit(user, article));
		return "admin/articles/preview-links";
	}

	@PostMapping("/admin/articles/{id}/preview-links")
	String create(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		Permissions.requireEdit(user, queries.editable(id));
		redirect.addFlashAttribute("newLink",
				editorModel.siteUrl().replaceAll("/$", "") + "/preview/" + links.create(id, user.getName()));
		return "redirect:/admin/articles/" + id + "/preview-links";
	}

	@PostMapping("/admin/articles/{id}/preview-links/{link}/revoke")
	String revoke(@PathVariable long id, @PathVariable long link, Authentication user, RedirectAttributes redirect) {
		Permissions.requireEdit(user, queries.editable(id));
		links.revoke(id, link);
		redirect.addFlashAttribute("notice", "The link no longer works.");
		return "redirect:/admin/articles/" + id + "/preview-links";
	}

	@GetMapping("/preview/{secret}")
	String show(@PathVariable String secret, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		long id = links.article(secret).orElseThrow(() -> new ArticleNotFound("preview link"));
		EditableArticle article = queries.editable(id);
		model.addAttribute("preview", previews.preview(article.draft(), id));
		model.addAttribute("problems", List.of());
		model.addAttribute("themeStylesheets", stylesheets.urls());
		model.addAttribute("shared", true);
		return "admin/articles/preview";
	}

}
