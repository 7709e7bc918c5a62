package org.haven.editor;

import java.util.List;

import org.haven.comment.Moderators;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Everyone who moderates comments: admins, editors and moderators with an account. */
@Component
class CommentModerators implements Moderators {

	private final EditorUserRepository users;

	CommentModerators(EditorUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> emails() {
		return users.findAllByOrderByEmailAsc()
			.stream()
			.filter(user -> user.isEnabled() && user.getRole().authorities().contains("ROLE_MODERATOR"))
			.map(EditorUser::getEmail)
			.toList();
	}

}
