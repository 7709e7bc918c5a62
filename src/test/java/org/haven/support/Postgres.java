package org.haven.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL 15 server the {@code postgres} Maven profile tests against.
 * {@code .ci/postgres.sh} starts a private cluster and prints the URL to export as
 * {@code HAVEN_TEST_PG_URL}.
 */
public final class Postgres {

	public static final String URL_VARIABLE = "HAVEN_TEST_PG_URL";

	private Postgres() {
	}

	/**
	 * Points the datasource at PostgreSQL, failing loudly if the profile is on but no
	 * server was given.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("The postgres profile is on but " + URL_VARIABLE
					+ " is not set: start a server with 'bash .ci/postgres.sh' and export the URL it prints");
		}
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("HAVEN_TEST_PG_USER", "haven"));
		registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("HAVEN_TEST_PG_PASSWORD", ""));
	}

}
