package org.haven.editor;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own account page: change your password (the current one is asked for first).
 */
@Controller
class AccountController {

	private final EditorAccounts accounts;

	private final PasswordEncoder passwords;

	private final EditorModel editorModel;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountController(EditorAccounts accounts, PasswordEncoder passwords, EditorModel editorModel) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/account")
	String page(Authentication user, Model model) {
		return page(user, model, List.of());
	}

	@PostMapping("/admin/account/password")
	String changePassword(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			UserDetails me = accounts.loadUserByUsername(user.getName());
			if (!passwords.matches(current, me.getPassword())) {
				throw new DraftRejected(List.of(new DraftProblem("current", "Your current password is not right.")));
			}
			if (!password.equals(confirm)) {
				throw new DraftRejected(
						List.of(new DraftProblem("confirm", "The two new passwords are not the same.")));
			}
			accounts.changePassword(user.getName(), password);
			keepThisSession(user.getName(), request, response);
			redirect.addFlashAttribute("notice", "Your password is changed.");
			return "redirect:/admin/account";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems());
		}
	}

	/**
	 * A new password ends every session of the account; this one, where it was just
	 * typed, carries on with the new security stamp.
	 */
	private void keepThisSession(String email, HttpServletRequest request, HttpServletResponse response) {
		UserDetails fresh = accounts.loadUserByUsername(email);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
	}

	private String page(Authentication user, Model model, List<DraftProblem> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("problems", problems);
		return "admin/account";
	}

}
