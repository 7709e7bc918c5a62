package org.haven.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of a folder's files, as a WordPress admin would make of
 * {@code wp-content/uploads}.
 */
public final class MediaZip {

	private MediaZip() {
	}

	/**
	 * Every file under {@code dir}, named {@code prefix} + its path below {@code dir}.
	 */
	public static byte[] of(String prefix, Path dir) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		List<Path> files;
		try (var walk = Files.walk(dir)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Path file : files) {
				zip.putNextEntry(new ZipEntry(prefix + dir.relativize(file).toString().replace('\\', '/')));
				zip.write(Files.readAllBytes(file));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
