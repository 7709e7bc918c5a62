package org.haven.comment;

import java.util.List;

/**
 * The addresses of everyone who moderates comments (editors, admins, moderators); the
 * accounts module answers.
 */
public interface Moderators {

	List<String> emails();

}
