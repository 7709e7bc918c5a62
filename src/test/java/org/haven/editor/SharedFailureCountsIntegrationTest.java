package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of a cluster count failed sign-ins in one database table (the migration's):
 * what one node counts, the other sees, so the limits hold for the site and not per node.
 */
class SharedFailureCountsIntegrationTest {

	static final EditorProperties.Login LIMITS = new EditorProperties.Login(5, 20, Duration.ofMinutes(15),
			Duration.ofMinutes(15));

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

	LoginThrottle nodeA;

	LoginThrottle nodeB;

	JdbcClient jdbc;

	@BeforeEach
	void twoNodesOnOneDatabase() throws Exception {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:login-failures-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		DataSource database = h2;
		jdbc = JdbcClient.create(database);
		jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/V106__login_failure.sql"))).update();
		nodeA = new LoginThrottle(LIMITS, clock, new SharedFailureCounts(jdbc));
		nodeB = new LoginThrottle(LIMITS, clock, new SharedFailureCounts(jdbc));
	}

	@Test
	void failuresOnEitherNodeAddUpToOneLockSeenByBoth() {
		for (int i = 0; i < 4; i++) {
			(i % 2 == 0 ? nodeA : nodeB).failed("Ada@Example.org", "10.0.0." + i);
		}
		assertThat(nodeA.locked("ada@example.org", null)).isFalse();

		nodeB.failed("ada@example.org", "10.0.0.9");

		assertThat(nodeA.locked("ada@example.org", null)).isTrue();
		assertThat(nodeB.locked("ADA@example.org", null)).isTrue();
		clock.advance(Duration.ofMinutes(16));
		assertThat(nodeA.locked("ada@example.org", null)).isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowStartAgainAndOldRowsGo() {
		for (int i = 0; i < 4; i++) {
			nodeA.failed("ben@example.org", null);
		}
		clock.advance(Duration.ofMinutes(16));
		nodeB.failed("ben@example.org", null);

		assertThat(nodeA.locked("ben@example.org", null)).isFalse();
		nodeA.failed("ben@example.org", null);
		assertThat(jdbc.sql("select failures from login_failure where throttle_key = 'account:ben@example.org'")
			.query(Integer.class)
			.single()).isEqualTo(2);

		clock.advance(Duration.ofMinutes(20));
		nodeA.failed("cy@example.org", null);
		assertThat(jdbc.sql("select count(*) from login_failure").query(Integer.class).single())
			.as("only the fresh failure's row is left")
			.isEqualTo(1);
	}

	@Test
	void aSuccessfulSignInOnOneNodeForgetsTheAccountsFailuresOnBoth() {
		for (int i = 0; i < 4; i++) {
			nodeA.failed("dee@example.org", null);
		}
		nodeB.succeeded("dee@example.org");
		nodeA.failed("dee@example.org", null);

		assertThat(nodeB.locked("dee@example.org", null)).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddressLockItOnBothNodes() {
		for (int i = 0; i < 20; i++) {
			(i % 2 == 0 ? nodeA : nodeB).failed("user" + i + "@example.org", "203.0.113.7");
		}

		assertThat(nodeA.locked("someone@example.org", "203.0.113.7")).isTrue();
		assertThat(nodeB.locked("someone@example.org", "203.0.113.8")).isFalse();
	}

}
