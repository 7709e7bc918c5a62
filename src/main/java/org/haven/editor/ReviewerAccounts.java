package org.haven.editor;

import java.util.List;

import org.haven.article.Articles;
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

	private final Articles articles;

	ReviewerAccounts(EditorAccounts accounts, Articles articles) {
		this.accounts = accounts;
		this.articles = articles;
	}

	Reviewer of(Authentication user) {
		String profile = accounts.authorProfile(user.getName()).orElse(null);
		if (profile == null) {
			throw new DraftRejected(List.of(new DraftProblem("review", "Your account is not linked to an author "
					+ "profile with credentials yet. Ask an admin to choose one under Accounts, then sign off.")));
		}
		boolean credentialed = articles.author(profile)
			.map(a -> a.credentials() != null && !a.credentials().isBlank())
			.orElse(false);
		if (!credentialed) {
			throw new DraftRejected(List.of(new DraftProblem("review", "Readers see a reviewer's credentials: add them "
					+ "('credentials:') to the author profile content/authors/" + profile + ".md, then sign off.")));
		}
		return new Reviewer(user.getName(), profile);
	}

}
