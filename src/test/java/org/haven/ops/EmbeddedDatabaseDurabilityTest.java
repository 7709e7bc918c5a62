package org.haven.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A commit to the embedded database survives the process being killed right after it,
 * with the URL Haven ships ({@code spring.datasource.url} in {@code application.yaml}): a
 * second JVM commits rows one by one and halts at once (no shutdown hook, as
 * {@code kill -9}); every row is there when the database opens again.
 */
class EmbeddedDatabaseDurabilityTest {

	@TempDir
	Path dataDir;

	@Test
	void everyCommitSurvivesAKillRightAfterIt() throws Exception {
		String url = shippedUrl().replace("${haven.site.data-dir}", dataDir.toString());
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url)
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("child.log").toFile())
			.start();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child halted").isTrue();
		assertThat(child.exitValue()).as("halted after its commits (log in %s)", dataDir)
			.isEqualTo(CommitThenHalt.HALTED);

		try (Connection c = DriverManager.getConnection(url, "haven", "");
				ResultSet rs = c.createStatement().executeQuery("select count(*) from committed_then_killed")) {
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(CommitThenHalt.ROWS);
		}
	}

	private static String shippedUrl() throws Exception {
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yaml"))) {
			Object url = source.getProperty("spring.datasource.url");
			if (url != null) {
				return url.toString();
			}
		}
		throw new IllegalStateException("no spring.datasource.url in application.yaml");
	}

	/** Runs in the child JVM: commits, then dies without closing anything. */
	static final class CommitThenHalt {

		static final int ROWS = 50;

		static final int HALTED = 42;

		public static void main(String[] args) throws SQLException {
			Connection c = DriverManager.getConnection(args[0], "haven", "");
			try (Statement statement = c.createStatement()) {
				statement.execute("create table committed_then_killed (i int)");
				for (int i = 0; i < ROWS; i++) {
					statement.execute("insert into committed_then_killed values (" + i + ")");
				}
			}
			Runtime.getRuntime().halt(HALTED);
		}

	}

}
