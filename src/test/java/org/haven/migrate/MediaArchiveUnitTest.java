package org.haven.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaArchiveUnitTest {

	@TempDir
	Path temp;

	@Test
	void findsTheUploadsWhetherTheZipHoldsWpContentUploadsOrTheYears() throws Exception {
		for (String prefix : new String[] { "wp-content/uploads/", "uploads/", "", "site-backup/wp-content/uploads/",
				"my-uploads/" }) {
			Path into = Files.createTempDirectory(temp, "into");
			Path zip = zip(temp.resolve("media.zip"), prefix + "2024/05/calm.jpg", prefix + "2023/11/lake café.png");

			Path uploads = MediaArchive.unpack(zip, into, 1024 * 1024);

			assertThat(uploads.resolve("2024/05/calm.jpg")).as(prefix).isRegularFile();
			assertThat(uploads.resolve("2023/11/lake café.png")).as(prefix).isRegularFile();
		}
	}

	@Test
	void takesUploadsFromAZipOfTheWholeWpContentFolder() throws Exception {
		Path zip = zip(temp.resolve("media.zip"), "wp-content/uploads/2024/05/calm.jpg",
				"wp-content/plugins/akismet/akismet.php", "wp-content/themes/twenty/style.css");

		Path uploads = MediaArchive.unpack(zip, Files.createDirectories(temp.resolve("into")), 1024 * 1024);

		assertThat(uploads).endsWith(Path.of("wp-content/uploads"));
	}

	@Test
	void refusesAnEntryThatPointsOutsideItsFolderAndWritesNothingThere() throws Exception {
		Path into = Files.createDirectories(temp.resolve("into"));
		Path zip = zip(temp.resolve("media.zip"), "uploads/2024/05/calm.jpg", "uploads/../../escaped.txt");

		assertThatThrownBy(() -> MediaArchive.unpack(zip, into, 1024 * 1024))
			.isInstanceOf(MediaArchive.MediaArchiveRefused.class)
			.hasMessageContaining("outside its own folder (uploads/../../escaped.txt)");
		assertThat(temp.resolve("escaped.txt")).doesNotExist();
	}

	@Test
	void refusesAnArchiveThatUnpacksToMoreThanTheLimitHoweverWellItCompresses() throws Exception {
		Path zip = temp.resolve("bomb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("2024/05/zeros.bin"));
			out.write(new byte[3 * 1024 * 1024]);
			out.closeEntry();
		}
		assertThat(Files.size(zip)).isLessThan(64 * 1024);

		assertThatThrownBy(() -> MediaArchive.unpack(zip, Files.createDirectories(temp.resolve("into")), 1024 * 1024))
			.hasMessage("The media archive was not unpacked: unpacked, it is larger than 1 MB"
					+ " (haven.migrate.max-media-archive).");
	}

	@Test
	void saysWhenTheFileIsNotAZip() throws Exception {
		Path notZip = Files.writeString(temp.resolve("media.zip"), "just text");

		assertThatThrownBy(() -> MediaArchive.unpack(notZip, Files.createDirectories(temp.resolve("into")), 1024))
			.hasMessage("The media archive was not unpacked: it is not a zip file.");
	}

	/** Writes a zip with these entries, each holding its own name. */
	static Path zip(Path file, String... names) throws IOException {
		try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
			for (String name : names) {
				out.putNextEntry(new ZipEntry(name));
				out.write(name.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return file;
	}

}
