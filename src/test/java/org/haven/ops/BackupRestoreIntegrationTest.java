package org.haven.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.haven.Commands;
import org.haven.HavenApplication;
import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.common.Sha256;
import org.haven.editor.media.MediaLibrary;
import org.haven.support.Drafts;
import org.haven.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup} then {@code restore} into empty folders, on the real schema: Haven
 * starts on a file H2 database (Flyway migrates it), imports the sample content, an
 * editor writes, publishes and edits an article and uploads an image; Haven stops, the
 * backup is taken and restored into empty folders. The restored database has the same
 * rows in every table (articles and revisions included), the restored content folder the
 * same files byte for byte (media included), and Haven starts on it and serves the edited
 * article.
 */
class BackupRestoreIntegrationTest {

	static final String ADMIN = "admin@backup.test";

	@TempDir
	Path work;

	@Test
	void aBackupRestoredIntoEmptyFoldersHasTheSameRowsAndFilesAndServes() throws Exception {
		Path data = work.resolve("data");
		Path content = Fixtures.copy(Path.of("content"), work.resolve("content"));
		String slug = "backed-up-article";
		try (ConfigurableApplicationContext haven = start(data, content)) {
			ArticleEditing editing = haven.getBean(ArticleEditing.class);
			EditableArticle created = editing.create(Drafts.publishable(slug), ADMIN);
			EditableArticle published = editing.publish(created.id(), created.version(), created.draft(), null, ADMIN);
			editing.save(published.id(), published.version(),
					Drafts.withBody(published.draft(), "A second revision, kept by the backup."), ADMIN);
			haven.getBean(MediaLibrary.class).store("backed-up.png", png());
		}
		Map<String, Long> rows = rowsByTable(data);
		assertThat(rows.get("ARTICLE")).isGreaterThan(10);
		assertThat(rows.get("REVISION")).isGreaterThan(rows.get("ARTICLE"));
		assertThat(hashes(content)).containsKeys("articles/" + slug + ".md", "media/backed-up.png");
		Path zip = work.resolve("haven-backup.zip");

		assertThat(command("backup", settings(data, content), "--out", zip.toString())).isZero();
		Path restoredData = work.resolve("restored/data");
		Path restoredContent = work.resolve("restored/content");
		assertThat(command("restore", settings(restoredData, restoredContent), zip.toString())).isZero();

		assertThat(rowsByTable(restoredData)).isEqualTo(rows);
		assertThat(hashes(restoredContent)).isEqualTo(hashes(content));
		try (ConfigurableApplicationContext haven = start(restoredData, restoredContent)) {
			String port = haven.getEnvironment().getRequiredProperty("local.server.port");
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/" + slug)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("A second revision, kept by the backup.");
		}
		assertThat(rowsByTable(restoredData).get("REVISION")).as("the restart imported nothing anew")
			.isEqualTo(rows.get("REVISION"));
	}

	@Test
	void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
		Path data = work.resolve("data");
		Files.createDirectories(data);
		Files.writeString(data.resolve("haven.mv.db"), "live");
		Path zip = work.resolve("any.zip");
		Files.write(zip, new byte[] { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });

		assertThat(command("restore", settings(data, work.resolve("content")), zip.toString())).isEqualTo(2);
		assertThat(Files.readString(data.resolve("haven.mv.db"))).isEqualTo("live");
	}

	private static String[] settings(Path data, Path content) {
		return new String[] { "--haven.site.data-dir=" + data, "--haven.content.dir=" + content };
	}

	/** Runs a command as {@code java -jar haven.jar name args... settings...} would. */
	private static int command(String name, String[] settings, String... args) {
		String[] all = Stream.of(new String[] { name }, args, settings).flatMap(Stream::of).toArray(String[]::new);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = Commands.run(all, new PrintStream(out, true, StandardCharsets.UTF_8));
		System.out.print(out.toString(StandardCharsets.UTF_8));
		return status;
	}

	private static Connection h2(Path data) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("haven"), "haven", "");
	}

	/** Rows in every table of the schema, Flyway's history included. */
	private static Map<String, Long> rowsByTable(Path data) throws SQLException {
		Map<String, Long> rows = new TreeMap<>();
		try (Connection db = h2(data); Statement sql = db.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet names = sql.executeQuery("select table_name from information_schema.tables"
					+ " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
				while (names.next()) {
					tables.add(names.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet count = sql.executeQuery("select count(*) from \"" + table + "\"")) {
					count.next();
					rows.put(table, count.getLong(1));
				}
			}
		}
		return rows;
	}

	private static Map<String, String> hashes(Path root) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(root.relativize(file).toString(), Sha256.hex(Files.readAllBytes(file)));
			}
		}
		return hashes;
	}

	/**
	 * Haven on this data and content folder, on free ports, as {@code java -jar} would
	 * run it.
	 */
	private static ConfigurableApplicationContext start(Path data, Path content) {
		return new SpringApplicationBuilder(HavenApplication.class).run(settings(data, content)[0],
				settings(data, content)[1], "--server.port=0", "--server.address=127.0.0.1",
				"--management.server.port=0", "--haven.theme.dir=themes", "--haven.content.watch=false",
				"--haven.editor.admin-email=" + ADMIN, "--haven.editor.admin-password=a long enough password");
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0x2f6f62);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
