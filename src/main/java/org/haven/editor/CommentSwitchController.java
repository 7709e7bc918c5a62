package org.haven.editor;

import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.comment.CommentSwitchChoice;
import org.haven.comment.CommentSwitches;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comment switch of one article (in its editor) or one category (on its page), for
 * editors and admins: follow the level above, on, or off. Following deletes the switch.
 */
@Controller
class CommentSwitchController {

	private final CommentSwitches switches;

	private final EditorialQueries queries;

	CommentSwitchController(CommentSwitches switches, EditorialQueries queries) {
		this.switches = switches;
		this.queries = queries;
	}

	@PostMapping("/admin/articles/{id}/comment-switch")
	String article(@PathVariable long id, @RequestParam CommentSwitchChoice choice, Authentication user,
			RedirectAttributes redirect) {
		Permissions.requirePublish(user);
		EditableArticle article = queries.editable(id);
		switches.switchArticle(article.id(), choice);
		redirect.addFlashAttribute("notice", "Comments " + said(choice, "article") + " for this article.");
		return "redirect:/admin/articles/" + id + "/edit";
	}

	@PostMapping("/admin/categories/{slug}/comment-switch")
	String category(@PathVariable String slug, @RequestParam CommentSwitchChoice choice, Authentication user,
			RedirectAttributes redirect) {
		Permissions.requirePublish(user);
		String known = queries.category(slug).slug();
		switches.switchCategory(known, choice);
		redirect.addFlashAttribute("notice", "Comments " + said(choice, "category") + " for this category.");
		return "redirect:/admin/categories/" + known + "/edit";
	}

	/** "on", "off", or what an article or category now follows. */
	static String said(CommentSwitchChoice choice, String scope) {
		return switch (choice) {
			case ON -> "on";
			case OFF -> "off";
			case FOLLOW -> "article".equals(scope) ? "follow the category" : "follow the site";
		};
	}

}
