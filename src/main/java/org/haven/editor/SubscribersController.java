package org.haven.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.article.ArticleDraft;
import org.haven.article.EditorialQueries;
import org.haven.config.SiteProperties;
import org.haven.subscription.MailArticle;
import org.haven.subscription.SubscriberAdmin;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsletter in the editor: subscribers (counts, search, CSV export, erasure) and
 * sending stats for admins, and a test of any article's mail to the editor's own address.
 */
@Controller
class SubscribersController {

	static final int PAGE_SIZE = 50;

	private final SubscriberAdmin admin;

	private final EditorialQueries queries;

	private final EditorModel editorModel;

	private final SiteProperties site;

	SubscribersController(SubscriberAdmin admin, EditorialQueries queries, EditorModel editorModel,
			SiteProperties site) {
		this.admin = admin;
		this.queries = queries;
		this.editorModel = editorModel;
		this.site = site;
	}

	@GetMapping("/admin/subscribers")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			Authentication user, Model model) {
		editorModel.addTo(model, user);
		model.addAttribute("q", q);
		model.addAttribute("page", Math.max(1, page));
		model.addAttribute("total", admin.count(q));
		model.addAttribute("subscribers", admin.search(q, page, PAGE_SIZE));
		model.addAttribute("counts", admin.counts());
		model.addAttribute("stats", admin.sendingStats());
		return "admin/subscribers";
	}

	@GetMapping("/admin/subscribers/export.csv")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"subscribers.csv\"");
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		admin.exportCsv(response.getWriter());
	}

	@PostMapping("/admin/subscribers/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice",
				admin.erase(id) ? "The subscriber and their queued mail are deleted." : "No such subscriber.");
		return "redirect:/admin/subscribers";
	}

	/** Any article, published or not, as its newsletter mail, to the signed-in editor. */
	@PostMapping("/admin/newsletter/test/{id}")
	String test(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		ArticleDraft draft = queries.editable(id).draft();
		admin.sendTest(new MailArticle(draft.title(), draft.summary(), site.absolute("/articles/" + draft.slug()),
				draft.category(), draft.author(), draft.contentWarning()), user.getName());
		redirect.addFlashAttribute("notice", "A test of this article's mail is on its way to " + user.getName() + ".");
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
