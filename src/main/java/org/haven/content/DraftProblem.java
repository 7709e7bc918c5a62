package org.haven.content;

/**
 * Something wrong with a draft, named by the form field it belongs to ({@code title},
 * {@code body}, ...).
 */
public record DraftProblem(String field, String message) {
}
