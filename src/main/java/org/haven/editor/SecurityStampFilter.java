package org.haven.editor;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account's rights change: disabled, another
 * role, a new password. Each request of a session compares the stamp the session signed
 * in with to the account's current one (one indexed lookup; readers have no session and
 * pay nothing); on a mismatch the session is invalidated and the request goes on
 * anonymous, so the admin area sends it to the sign-in page.
 */
class SecurityStampFilter extends OncePerRequestFilter {

	private final EditorAccounts accounts;

	SecurityStampFilter(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof EditorPrincipal principal
					&& accounts.currentStamp(principal.getUsername()) != principal.securityStamp()) {
				SecurityContextHolder.clearContext();
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
