package org.haven.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.haven.HavenApplication;
import org.haven.support.Postgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole Haven applications as nodes of one cluster, in this JVM, on a database of their
 * own on the test PostgreSQL server (created afresh, so other tests' data and accounts
 * are not in the way). Each node has its own port, data folder (search index) and
 * listeners; they share the content folder, as nodes share a volume.
 */
final class ClusterNodes implements AutoCloseable {

	static final String DATABASE = "haven_cluster_test";

	static final String ADMIN_EMAIL = "admin@cluster.test";

	static final String ADMIN_PASSWORD = "a calm and careful passphrase";

	private final String url;

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	private ClusterNodes(String url) {
		this.url = url;
	}

	/** A fresh, empty database next to the one {@code HAVEN_TEST_PG_URL} names. */
	static ClusterNodes freshDatabase() throws Exception {
		String base = System.getenv(Postgres.URL_VARIABLE);
		if (base == null || base.isBlank()) {
			throw new IllegalStateException(Postgres.URL_VARIABLE + " is not set: see .ci/postgres.sh");
		}
		try (Connection connection = DriverManager.getConnection(base, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
			statement.execute("create database " + DATABASE);
		}
		return new ClusterNodes(base.substring(0, base.lastIndexOf('/') + 1) + DATABASE);
	}

	String url() {
		return url;
	}

	static String user() {
		return System.getenv().getOrDefault("HAVEN_TEST_PG_USER", "haven");
	}

	static String password() {
		return System.getenv().getOrDefault("HAVEN_TEST_PG_PASSWORD", "");
	}

	/**
	 * Starts node {@code name}; the content writer imports {@code content} and creates
	 * the first admin.
	 */
	ConfigurableApplicationContext start(String name, boolean contentWriter, Path content, Path data,
			ApplicationListener<?>... listeners) {
		Map<String, Object> properties = Map.ofEntries(Map.entry("spring.datasource.url", url),
				Map.entry("spring.datasource.username", user()), Map.entry("spring.datasource.password", password()),
				Map.entry("haven.cluster.enabled", "true"), Map.entry("haven.cluster.node", name),
				Map.entry("haven.cluster.content-writer", Boolean.toString(contentWriter)),
				Map.entry("haven.cluster.poll-interval", "PT0.5S"), Map.entry("server.port", "0"),
				Map.entry("management.server.port", "-1"), Map.entry("haven.site.data-dir", data.toString()),
				Map.entry("haven.content.dir", content.toString()), Map.entry("haven.theme.dir", "themes"),
				Map.entry("haven.content.watch", "false"), Map.entry("haven.content.schedule-check", "PT0.2S"),
				Map.entry("haven.editor.admin-email", ADMIN_EMAIL),
				Map.entry("haven.editor.admin-password", ADMIN_PASSWORD), Map.entry("spring.main.banner-mode", "off"));
		// as command-line arguments: they win over application.yaml, as a deployment's
		// would
		String[] args = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HavenApplication.class)
			.listeners(listeners)
			.run(args);
		started.add(context);
		return context;
	}

	static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	@Override
	public void close() {
		started.forEach(ConfigurableApplicationContext::close);
	}

}
