package org.haven.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.haven.comment.CommentPrivacy;
import org.haven.publicform.FormCheck;
import org.haven.publicform.PublicForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A commenter deletes their own comments: they ask for a link with their e-mail (the
 * answer is the same whether or not it left comments), then open the signed link and
 * confirm with a button, so a mail scanner that opens links deletes nothing.
 */
@Controller
class CommentDeletionController {

	private final CommentPrivacy privacy;

	private final PublicForms forms;

	private final MetaFactory meta;

	CommentDeletionController(CommentPrivacy privacy, PublicForms forms, MetaFactory meta) {
		this.privacy = privacy;
		this.forms = forms;
		this.meta = meta;
	}

	@GetMapping("/comments/delete")
	String page(@RequestParam(required = false) @Nullable String token, Model model) {
		return show(model, token == null ? "request" : "confirm", token);
	}

	@PostMapping("/comments/delete/request")
	String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		FormCheck check = forms.check(request, "comment-deletion", request.getParameter(PublicForms.TOKEN_FIELD),
				request.getParameter(forms.protection().honeypotField()));
		if (!check.accepted()) {
			response.setStatus(check.refusal().status());
			return show(model, "request", null);
		}
		if (!check.honeypotFilled() && email.length() <= 254) {
			privacy.requestDeletion(email);
		}
		return show(model, "sent", null);
	}

	@PostMapping("/comments/delete/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		FormCheck check = forms.check(request, "comment-deletion", request.getParameter(PublicForms.TOKEN_FIELD), null);
		if (!check.accepted()) {
			response.setStatus(check.refusal().status());
			return show(model, "confirm", token);
		}
		if (privacy.deleteByLink(token).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(model, "bad-link", null);
		}
		return show(model, "done", null);
	}

	private String show(Model model, String step, @Nullable String token) {
		model.addAttribute("step", step);
		model.addAttribute("token", token);
		model.addAttribute("protection", forms.protection());
		model.addAttribute("meta", meta.notice("Delete your comments", "/comments/delete"));
		return "comment-deletion";
	}

}
