package org.haven.editor;

import java.util.List;

import org.haven.content.DraftRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins list accounts and create new ones (the security chain lets only ADMIN reach
 * {@code /admin/users}).
 */
@Controller
class UsersController {

	private final EditorAccounts accounts;

	private final EditorModel editorModel;

	UsersController(EditorAccounts accounts, EditorModel editorModel) {
		this.accounts = accounts;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/users")
	String list(Authentication user, Model model) {
		return page(user, model, List.of(), "", "", Role.AUTHOR);
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String email, @RequestParam(defaultValue = "") String name,
			@RequestParam String password, @RequestParam Role role, Authentication user, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.create(email, name, password, role);
			redirect.addFlashAttribute("notice", "Account created for " + email.strip() + ".");
			return "redirect:/admin/users";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems(), email, name, role);
		}
	}

	@PostMapping("/admin/users/update")
	String update(@RequestParam String email, @RequestParam Role role,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String authorSlug, Authentication user, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.update(email, role, enabled, authorSlug, user.getName());
			if (!password.isEmpty()) {
				accounts.changePassword(email, password);
			}
			redirect.addFlashAttribute("notice", "Account " + email + " updated.");
			return "redirect:/admin/users";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems(), "", "", Role.AUTHOR);
		}
	}

	private String page(Authentication user, Model model, List<?> problems, String email, String name, Role role) {
		editorModel.addTo(model, user);
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("problems", problems);
		model.addAttribute("email", email);
		model.addAttribute("name", name);
		model.addAttribute("role", role);
		return "admin/users";
	}

}
