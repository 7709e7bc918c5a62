package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.haven.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database closes underneath a running site (as H2 does after a fatal error) and
 * cannot be opened for a while: prepared pages are still served, other pages answer a
 * themed 503, health says the database is down, and once the database file is back the
 * site recovers without a restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "haven.content.dir=content",
		"haven.theme.dir=themes", "haven.content.watch=false", "spring.datasource.hikari.connection-timeout=1000" })
class DatabaseOutageIntegrationTest {

	static final Path DATA = Path.of("target/test-data-outage-" + UUID.randomUUID()).toAbsolutePath();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("haven.site.data-dir", DATA::toString);
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	DataSource dataSource;

	@Test
	void cachedPagesSurviveAClosedDatabaseOthersAnswer503AndTheSiteRecovers() throws Exception {
		String article = "/articles/first-therapy-session";
		assertThat(Http.get(port, article).statusCode()).isEqualTo(200);
		assertThat(Http.get(port, article).statusCode()).isEqualTo(200);

		Path file = DATA.resolve("haven.mv.db");
		Path aside = DATA.resolve("haven.mv.db.aside");
		// Out of reach before it closes: the pool refills itself as soon as its
		// connections
		// break, and a database it opened before the move would keep answering.
		Files.move(file, aside);
		Files.createDirectory(file);
		closeTheDatabase();
		try {
			assertThat(Http.get(port, article).statusCode()).as("a prepared page").isEqualTo(200);

			HttpResponse<String> uncached = Http.get(port, "/?fresh=" + UUID.randomUUID());
			assertThat(uncached.statusCode()).isEqualTo(503);
			assertThat(uncached.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(uncached.body()).contains("<main", "crisis").doesNotContain("Exception", "SQL");

			HttpResponse<String> health = Http.get(managementPort, "/actuator/health", "Accept", "application/json");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).containsPattern("\"db\":\\{\"details\":\\{[^}]*\\},\"status\":\"DOWN\"");
		}
		finally {
			Files.delete(file);
			Files.move(aside, file);
		}

		assertThat(eventually(() -> Http.get(port, "/?fresh=" + UUID.randomUUID()).statusCode())).isEqualTo(200);
		assertThat(Http.get(port, "/tags/cbt?fresh=" + UUID.randomUUID()).statusCode()).isEqualTo(200);
		assertThat(eventually(() -> Http.get(managementPort, "/actuator/health").statusCode())).isEqualTo(200);
	}

	/**
	 * As H2 does after a fatal error: the database closes at once, under every session.
	 */
	private void closeTheDatabase() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN IMMEDIATELY");
		}
		catch (SQLException expected) {
			// the connection that closed it is closed too
		}
	}

	/** The status a request answers within 10 s of asking, once it is 200. */
	private static int eventually(java.util.function.IntSupplier status) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		int last = status.getAsInt();
		while (last != 200 && System.nanoTime() < until) {
			Thread.sleep(200);
			last = status.getAsInt();
		}
		return last;
	}

}
