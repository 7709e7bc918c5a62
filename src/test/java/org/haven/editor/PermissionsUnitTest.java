package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.haven.article.ArticleStatus;
import org.haven.article.EditableArticle;
import org.haven.article.ReviewStatus;
import org.haven.support.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

class PermissionsUnitTest {

	static final Authentication EDITOR = new TestingAuthenticationToken("editor@haven.test", null, "ROLE_EDITOR",
			"ROLE_AUTHOR");

	static final Authentication AUTHOR = new TestingAuthenticationToken("author@haven.test", null, "ROLE_AUTHOR");

	static EditableArticle ownedBy(String owner, ArticleStatus status) {
		return new EditableArticle(1, 0, status, null, Instant.EPOCH, owner, Drafts.publishable("permissions"), "",
				new ReviewStatus(null, null, null, false), List.of());
	}

	@Test
	void anEditorMayEditWithoutTheArticleBeingRead() {
		assertThatNoException().isThrownBy(() -> Permissions.requireEdit(EDITOR, () -> {
			throw new AssertionError("the role alone decides");
		}));
	}

	@Test
	void anAuthorMayEditTheirOwnDraftOnly() {
		assertThatNoException()
			.isThrownBy(() -> Permissions.requireEdit(AUTHOR, () -> ownedBy("author@haven.test", ArticleStatus.DRAFT)));
		assertThatThrownBy(
				() -> Permissions.requireEdit(AUTHOR, () -> ownedBy("author@haven.test", ArticleStatus.PUBLISHED)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> Permissions.requireEdit(AUTHOR, () -> ownedBy("other@haven.test", ArticleStatus.DRAFT)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
