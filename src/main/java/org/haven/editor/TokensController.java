package org.haven.editor;

import java.time.Duration;
import java.util.List;

import org.haven.content.DraftRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each account's own API tokens: create one (read or write, optionally expiring; the
 * secret is shown once) and revoke.
 */
@Controller
class TokensController {

	private final ApiTokens tokens;

	private final EditorModel editorModel;

	TokensController(ApiTokens tokens, EditorModel editorModel) {
		this.tokens = tokens;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/tokens")
	String list(Authentication user, Model model) {
		return page(user, model, List.of());
	}

	@PostMapping("/admin/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "WRITE") TokenScope scope,
			@RequestParam(defaultValue = "0") int days, Authentication user, Model model, RedirectAttributes redirect) {
		try {
			String secret = tokens.issue(user.getName(), name, scope, days > 0 ? Duration.ofDays(days) : null);
			redirect.addFlashAttribute("secret", secret);
			return "redirect:/admin/tokens";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems());
		}
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		tokens.revoke(user.getName(), id);
		redirect.addFlashAttribute("notice", "Token revoked.");
		return "redirect:/admin/tokens";
	}

	private String page(Authentication user, Model model, List<?> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("tokens", tokens.of(user.getName()));
		model.addAttribute("problems", problems);
		return "admin/tokens";
	}

}
