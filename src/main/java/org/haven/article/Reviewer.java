package org.haven.article;

/**
 * Who signs off: the account that acts (an e-mail) and the author profile readers see as
 * the reviewer, with its credentials.
 */
public record Reviewer(String account, String authorSlug) {
}
