package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MutableClock;

/**
 * Readers sending comments through the real form, for tests that need comments in a given
 * state: sent (pending, or whatever the checks decide) or approved by a moderator.
 */
record Commenters(CommentForms forms, CommentRepository comments, Moderation moderation) {

	/** Sends a comment (with an e-mail when not null); returns its id. */
	long send(String article, String token, String name, String body, String email) {
		Map<String, String> fields = CommentForms.comment(token, name, body);
		if (email != null) {
			fields.put("email", email);
		}
		assertThat(forms.post(article + "/comments", fields).statusCode()).as(name).isEqualTo(200);
		return latestBy(name).getId();
	}

	/**
	 * A form token from the article page, then the clock a minute on, so that the form is
	 * not sent back too fast.
	 */
	String token(String article, MutableClock clock) {
		String token = forms.tokenOn(article + "?fresh=token-" + clock.millis());
		clock.advance(Duration.ofMinutes(1));
		return token;
	}

	long approved(String article, String token, String name, String body, String email) {
		long id = send(article, token, name, body, email);
		moderation.apply(ModerationAction.APPROVE, List.of(id), EditorIntegrationTest.ADMIN_EMAIL);
		return id;
	}

	/**
	 * Trashes every comment sent under these names, so that tests sharing the context
	 * count and queue only their own.
	 */
	void trashAllBy(List<String> names) {
		List<Long> ids = comments.findAll()
			.stream()
			.filter(c -> names.contains(c.getAuthorName()))
			.map(Comment::getId)
			.toList();
		moderation.apply(ModerationAction.TRASH, ids, EditorIntegrationTest.ADMIN_EMAIL);
	}

	Comment latestBy(String name) {
		return comments.findAll()
			.stream()
			.filter(c -> c.getAuthorName().equals(name))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

}
