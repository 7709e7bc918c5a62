package org.haven.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.core.env.Environment;

/**
 * {@code restore haven-backup.zip}: puts a backup's database into the data folder and its
 * files into the content folder. Both must be empty or missing, so a restore never mixes
 * with, or overwrites, a live site; Haven then starts on them as usual (search index and
 * image copies are made again).
 */
final class RestoreCommand implements Command {

	@Override
	public int run(Environment settings, CommandArguments arguments, PrintStream out) throws Exception {
		if (arguments.values().isEmpty()) {
			out.println("Usage: restore haven-backup.zip [--haven.site.data-dir=...] [--haven.content.dir=...]");
			return 2;
		}
		Path backup = Path.of(arguments.values().get(0));
		DataLocations locations = DataLocations.of(settings);
		for (Path dir : new Path[] { locations.dataDir(), locations.contentDir() }) {
			if (!isEmpty(dir)) {
				out.println(dir.toAbsolutePath() + " is not empty: restore into an empty folder.");
				return 2;
			}
		}
		Files.createDirectories(locations.dataDir());
		Files.createDirectories(locations.contentDir());
		int files = 0;
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(BackupCommand.DATABASE_ENTRY)) {
					unzipDatabase(zip, locations.dataDir());
				}
				else if (entry.getName().startsWith(BackupCommand.CONTENT_PREFIX) && !entry.isDirectory()) {
					copy(zip, inside(locations.contentDir(),
							entry.getName().substring(BackupCommand.CONTENT_PREFIX.length())));
					files++;
				}
			}
		}
		out.println("Restored the database into " + locations.dataDir().toAbsolutePath() + " and " + files
				+ " content files into " + locations.contentDir().toAbsolutePath());
		return 0;
	}

	/** H2's backup is itself a zip of the database files. */
	private static void unzipDatabase(InputStream in, Path dataDir) throws IOException {
		ZipInputStream database = new ZipInputStream(in);
		for (ZipEntry entry = database.getNextEntry(); entry != null; entry = database.getNextEntry()) {
			if (!entry.isDirectory()) {
				copy(database, inside(dataDir, entry.getName()));
			}
		}
	}

	private static void copy(InputStream in, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(in, target);
	}

	/** A path from the zip, refused if it would land outside {@code dir}. */
	private static Path inside(Path dir, String name) throws IOException {
		Path target = dir.resolve(name).normalize();
		if (!target.startsWith(dir.normalize())) {
			throw new IOException("refusing " + name + ": outside " + dir);
		}
		return target;
	}

	private static boolean isEmpty(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return true;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

}
