package org.haven.article;

import org.haven.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same import and query specification, on PostgreSQL 15 through the same Flyway
 * migrations. Runs with {@code ./mvnw verify -Ppostgres}.
 */
@EnabledIfSystemProperty(named = "haven.tests.postgres", matches = "true",
		disabledReason = "PostgreSQL tests run with -Ppostgres (see .ci/postgres.sh)")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ArticleImportPostgresIntegrationTest extends ArticleImportIntegrationTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
