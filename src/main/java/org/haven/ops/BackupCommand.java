package org.haven.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.env.Environment;

/**
 * {@code backup --out haven-backup.zip}: one zip with a consistent copy of the H2
 * database (H2's {@code BACKUP TO}, taken inside one transaction) as
 * {@code database.zip}, and every file of the content folder (articles, pages, authors,
 * categories, media) under {@code content/}. Derived files (search index, image copies)
 * are made again after a restore. Run it while Haven is stopped: the embedded database
 * allows one process at a time. PostgreSQL is backed up with its own tools (pg_dump, see
 * docs/deploy.md).
 */
final class BackupCommand implements Command {

	static final String DATABASE_ENTRY = "database.zip";

	static final String CONTENT_PREFIX = "content/";

	@Override
	public int run(Environment settings, CommandArguments arguments, PrintStream out) throws Exception {
		Path target = Path.of(arguments.option("out").orElse("haven-backup.zip")).toAbsolutePath();
		DataLocations locations = DataLocations.of(settings);
		if (!locations.h2()) {
			out.println("The database is not an embedded H2 file (" + locations.url()
					+ "): back it up with pg_dump (docs/deploy.md) and copy the content folder.");
			return 2;
		}
		Path databaseCopy = Files.createTempFile("haven-database", ".zip");
		try {
			Files.delete(databaseCopy);
			try (Connection db = DriverManager.getConnection(locations.url(), locations.user(), locations.password());
					PreparedStatement backup = db.prepareStatement("BACKUP TO ?")) {
				backup.setString(1, databaseCopy.toString());
				backup.execute();
			}
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
				add(zip, DATABASE_ENTRY, databaseCopy);
				int files = addContent(zip, locations.contentDir());
				out.println("Backed up the database and " + files + " content files to " + target);
			}
		}
		finally {
			Files.deleteIfExists(databaseCopy);
		}
		return 0;
	}

	private static int addContent(ZipOutputStream zip, Path contentDir) throws IOException {
		if (!Files.isDirectory(contentDir)) {
			return 0;
		}
		int count = 0;
		try (Stream<Path> files = Files.walk(contentDir)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = contentDir.relativize(file).toString().replace('\\', '/');
				add(zip, CONTENT_PREFIX + name, file);
				count++;
			}
		}
		return count;
	}

	private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		Files.copy(file, zip);
		zip.closeEntry();
	}

}
