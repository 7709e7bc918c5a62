package org.haven.editor;

import java.util.List;

import org.haven.article.Reviewer;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who a signed-in reviewer signs off as: their account and the author profile an admin
 * linked it to.
 */
@Component
class ReviewerAccounts {

	private final EditorAccounts accounts;

	ReviewerAccounts(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	Reviewer of(Authentication user) {
		String profile = accounts.authorProfile(user.getName()).orElse(null);
		if (profile == null) {
			throw new DraftRejected(List.of(new DraftProblem("review", "Your account is not linked to an author "
					+ "profile with credentials yet. Ask an admin to choose one under Accounts, then sign off.")));
		}
		return new Reviewer(user.getName(), profile);
	}

}
