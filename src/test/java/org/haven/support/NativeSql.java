package org.haven.support;

import jakarta.persistence.EntityManager;

/**
 * Runs SQL as a migration file holds it (statements ending in {@code ;}, comment lines
 * starting with {@code --}), for tests that apply one migration to a database an earlier
 * version left.
 */
public final class NativeSql {

	private NativeSql() {
	}

	/** Runs each statement, then forgets what the entity manager had read. */
	public static void run(EntityManager entityManager, String statements) {
		for (String statement : statements.replaceAll("(?m)^--.*$", "").split(";")) {
			if (!statement.isBlank()) {
				entityManager.createNativeQuery(statement).executeUpdate();
			}
		}
		entityManager.flush();
		entityManager.clear();
	}

}
