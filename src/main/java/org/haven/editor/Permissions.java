package org.haven.editor;

import java.util.function.Supplier;

import org.haven.article.ArticleStatus;
import org.haven.article.EditableArticle;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may do what to an article. Editors (and admins) may edit, publish and unpublish
 * anything. Authors may write new articles and edit their own while they are drafts (or
 * back with them after being unpublished), and submit them for review; they cannot
 * publish.
 */
final class Permissions {

	private Permissions() {
	}

	static boolean isEditor(Authentication user) {
		return has(user, "ROLE_EDITOR");
	}

	static boolean isReviewer(Authentication user) {
		return has(user, "ROLE_REVIEWER");
	}

	static void requireReview(Authentication user) {
		if (!isReviewer(user)) {
			throw new AccessDeniedException("only reviewers, editors and admins may sign off articles");
		}
	}

	/** A moderator account: comment moderation and nothing else. */
	static boolean isOnlyModerator(Authentication user) {
		return has(user, "ROLE_MODERATOR") && !has(user, "ROLE_AUTHOR");
	}

	static boolean isAdmin(Authentication user) {
		return has(user, "ROLE_ADMIN");
	}

	static boolean canEdit(Authentication user, EditableArticle article) {
		if (isEditor(user)) {
			return true;
		}
		boolean own = user.getName().equalsIgnoreCase(article.owner() == null ? "" : article.owner());
		return own && (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.UNPUBLISHED);
	}

	static void requireEdit(Authentication user, EditableArticle article) {
		if (!canEdit(user, article)) {
			throw new AccessDeniedException("only editors, or the author of a draft, may change this article");
		}
	}

	/**
	 * As {@link #requireEdit(Authentication, EditableArticle)}; reads the article only if
	 * the role does not decide.
	 */
	static void requireEdit(Authentication user, Supplier<EditableArticle> article) {
		if (!isEditor(user)) {
			requireEdit(user, article.get());
		}
	}

	static void requirePublish(Authentication user) {
		if (!isEditor(user)) {
			throw new AccessDeniedException("only editors may publish, unpublish or archive");
		}
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

}
