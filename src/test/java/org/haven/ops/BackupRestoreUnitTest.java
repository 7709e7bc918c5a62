package org.haven.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.haven.Commands;
import org.haven.common.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} then {@code restore} into empty folders gives back the same database
 * (article and revision counts) and the same content files (byte for byte).
 */
class BackupRestoreUnitTest {

	@TempDir
	Path work;

	@Test
	void aBackupRestoredIntoEmptyFoldersHasTheSameArticlesRevisionsAndFiles() throws Exception {
		Path data = work.resolve("data");
		Path content = work.resolve("content");
		copyTree(Path.of("content"), content);
		Files.write(content.resolve("media/photo.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 });
		try (Connection db = h2(data); Statement sql = db.createStatement()) {
			sql.execute("create table article (id bigint primary key, slug varchar(100))");
			sql.execute("create table revision (id bigint primary key, article_id bigint, body text)");
			for (int i = 1; i <= 12; i++) {
				sql.execute("insert into article values (" + i + ", 'article-" + i + "')");
				for (int r = 0; r < 3; r++) {
					sql.execute("insert into revision values (" + (i * 10 + r) + ", " + i + ", 'text " + r + "')");
				}
			}
		}
		Path zip = work.resolve("haven-backup.zip");

		assertThat(command("backup", settings(data, content), "--out", zip.toString())).isZero();
		Path restoredData = work.resolve("restored/data");
		Path restoredContent = work.resolve("restored/content");
		assertThat(command("restore", settings(restoredData, restoredContent), zip.toString())).isZero();

		try (Connection db = h2(restoredData)) {
			assertThat(count(db, "article")).isEqualTo(12);
			assertThat(count(db, "revision")).isEqualTo(36);
		}
		assertThat(hashes(restoredContent)).isEqualTo(hashes(content)).isNotEmpty();
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

	private static long count(Connection db, String table) throws SQLException {
		try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
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

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		Files.createDirectories(to.resolve("media"));
	}

}
