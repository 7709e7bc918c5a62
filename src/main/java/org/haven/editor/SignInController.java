package org.haven.editor;

import java.util.List;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sign-in page (Spring Security handles the POST) and the one-time first-admin setup
 * page.
 */
@Controller
class SignInController {

	private final FirstAdmin firstAdmin;

	private final EditorProperties properties;

	SignInController(FirstAdmin firstAdmin, EditorProperties properties) {
		this.firstAdmin = firstAdmin;
		this.properties = properties;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(required = false) String setup, Model model) {
		if (locked != null) {
			model.addAttribute("problem", "Too many failed sign-ins. Sign-in is paused for "
					+ properties.login().lockout().toMinutes() + " minutes; try again later or ask an admin.");
		}
		else if (error != null) {
			model.addAttribute("problem",
					"That e-mail and password do not match an account. Check both and try again.");
		}
		if (signedOut != null) {
			model.addAttribute("notice", "You are signed out.");
		}
		if (setup != null) {
			model.addAttribute("notice", "Your admin account is ready. Sign in with it.");
		}
		return "admin/login";
	}

	@GetMapping("/setup/{token}")
	String setup(@PathVariable String token, Model model) {
		requireValid(token);
		model.addAttribute("token", token);
		model.addAttribute("problems", List.of());
		model.addAttribute("email", "");
		model.addAttribute("name", "");
		return "admin/setup";
	}

	@PostMapping("/setup/{token}")
	String createAdmin(@PathVariable String token, @RequestParam String email, @RequestParam String name,
			@RequestParam String password, @RequestParam String confirm, Model model) {
		requireValid(token);
		try {
			if (!password.equals(confirm)) {
				throw new DraftRejected(List.of(new DraftProblem("confirm", "The two passwords are not the same.")));
			}
			firstAdmin.create(token, email, name, password);
			return "redirect:/login?setup=1";
		}
		catch (DraftRejected ex) {
			model.addAttribute("token", token);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("email", email);
			model.addAttribute("name", name);
			return "admin/setup";
		}
	}

	private void requireValid(String token) {
		if (!firstAdmin.valid(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
