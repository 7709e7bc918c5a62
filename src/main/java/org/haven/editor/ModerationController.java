package org.haven.editor;

import java.util.List;

import org.haven.comment.CommentRefused;
import org.haven.comment.CommentStatus;
import org.haven.comment.Moderation;
import org.haven.comment.ModerationAction;
import org.haven.config.SiteProperties;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comment queue for editors, admins and moderators: comments by status, crisis holds
 * pinned to the top and marked, one action for one comment or for every ticked one, an
 * edit of a comment's text, and a reply as the publication. Every action is recorded with
 * who and when.
 */
@Controller
class ModerationController {

	static final int PAGE = 100;

	private final Moderation moderation;

	private final EditorModel editorModel;

	private final SiteProperties site;

	ModerationController(Moderation moderation, EditorModel editorModel, SiteProperties site) {
		this.moderation = moderation;
		this.editorModel = editorModel;
		this.site = site;
	}

	@GetMapping("/admin/comments")
	String queue(@RequestParam(defaultValue = "PENDING") CommentStatus status, Authentication user, Model model) {
		editorModel.addTo(model, user);
		model.addAttribute("status", status);
		model.addAttribute("statuses", CommentStatus.values());
		model.addAttribute("counts", moderation.counts());
		model.addAttribute("crisisHolds", moderation.crisisHolds());
		model.addAttribute("items", moderation.queue(status, PAGE));
		model.addAttribute("times", editorModel.times());
		return "admin/comments";
	}

	@PostMapping("/admin/comments/moderate")
	String moderate(@RequestParam ModerationAction action, @RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam(defaultValue = "PENDING") CommentStatus from, Authentication user,
			RedirectAttributes redirect) {
		int changed = ids == null ? 0 : moderation.apply(action, ids, user.getName());
		redirect.addFlashAttribute("notice",
				changed == 0 ? "Tick at least one comment." : changed + " comment(s): " + label(action) + ".");
		return "redirect:/admin/comments?status=" + from;
	}

	@PostMapping("/admin/comments/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "PENDING") CommentStatus from, Authentication user,
			RedirectAttributes redirect) {
		try {
			moderation.replyAsPublication(id, body, site.title(), user.getName());
			redirect.addFlashAttribute("notice", "Reply published as " + site.title() + ".");
		}
		catch (CommentRefused refused) {
			redirect.addFlashAttribute("notice", "Write a reply first.");
		}
		return "redirect:/admin/comments?status=" + from;
	}

	@PostMapping("/admin/comments/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "PENDING") CommentStatus from, Authentication user,
			RedirectAttributes redirect) {
		try {
			boolean found = moderation.edit(id, body, user.getName());
			redirect.addFlashAttribute("notice", found ? "Comment edited." : "That comment is no longer there.");
		}
		catch (CommentRefused refused) {
			redirect.addFlashAttribute("notice", switch (refused.problem()) {
				case EMPTY -> "The comment was not changed: its text cannot be empty.";
				case TOO_LONG -> "The comment was not changed: the text is longer than comments may be.";
				default -> "The comment was not changed: the text has characters that could not be read.";
			});
		}
		return "redirect:/admin/comments?status=" + from + "#comment-" + id;
	}

	private static String label(ModerationAction action) {
		return switch (action) {
			case APPROVE -> "approved";
			case UNAPPROVE -> "back to pending";
			case SPAM -> "marked as spam";
			case TRASH -> "moved to the trash";
			case RESTORE -> "restored to pending";
		};
	}

}
