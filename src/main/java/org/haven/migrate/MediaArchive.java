package org.haven.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip of WordPress's {@code wp-content/uploads}, as an admin uploads it: unpacked into
 * a folder of its own, never outside it (an entry named {@code ../x} or {@code /x} is
 * refused), and never larger than the limit however well it compresses. The folder the
 * import then reads is the one holding the year folders, whether the zip was made of
 * {@code uploads}, of {@code wp-content} or of the years themselves.
 */
final class MediaArchive {

	static final int MAX_ENTRIES = 200_000;

	private MediaArchive() {
	}

	/**
	 * Unpacks {@code zip} into {@code into} (an empty folder) and returns the folder that
	 * holds the uploads.
	 * @throws MediaArchiveRefused when the file is not a zip, an entry points outside, or
	 * it holds more than {@code maxBytes} or {@value #MAX_ENTRIES} files
	 */
	static Path unpack(Path zip, Path into, long maxBytes) throws IOException {
		try (ZipFile archive = open(zip)) {
			long written = 0;
			int files = 0;
			byte[] buffer = new byte[64 * 1024];
			Path root = into.toAbsolutePath().normalize();
			for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName().replace('\\', '/');
				if (entry.isDirectory() || ignored(name)) {
					continue;
				}
				Path target = root.resolve(name).normalize();
				if (name.startsWith("/") || !target.startsWith(root) || target.equals(root)) {
					throw new MediaArchiveRefused("it names a file outside its own folder (" + name + ")");
				}
				if (++files > MAX_ENTRIES) {
					throw new MediaArchiveRefused("it holds more than " + MAX_ENTRIES + " files");
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = archive.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						written += n;
						if (written > maxBytes) {
							throw new MediaArchiveRefused("unpacked, it is larger than " + maxBytes / (1024 * 1024)
									+ " MB (haven.migrate.max-media-archive)");
						}
						out.write(buffer, 0, n);
					}
				}
			}
		}
		return uploadsFolder(into);
	}

	/**
	 * Goes down through {@code wp-content} and {@code uploads}, or through any single
	 * folder that is not a year, to the folder whose paths match the attachments'
	 * ({@code 2024/05/calm.jpg}).
	 */
	static Path uploadsFolder(Path dir) throws IOException {
		Path current = dir;
		while (true) {
			List<Path> children = new ArrayList<>();
			try (var list = Files.list(current)) {
				list.forEach(children::add);
			}
			Path next = children.stream()
				.filter(Files::isDirectory)
				.filter(child -> child.getFileName().toString().equals("uploads"))
				.findFirst()
				.orElse(null);
			if (next == null && children.size() == 1 && Files.isDirectory(children.get(0))
					&& !children.get(0).getFileName().toString().matches("\\d{4}")) {
				next = children.get(0);
			}
			if (next == null) {
				return current;
			}
			current = next;
		}
	}

	private static ZipFile open(Path zip) throws IOException {
		try {
			return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			// names in an older zip may be in the DOS code page rather than UTF-8
			try {
				return new ZipFile(zip.toFile(), Charset.forName("IBM437"));
			}
			catch (ZipException notZip) {
				throw new MediaArchiveRefused("it is not a zip file");
			}
		}
	}

	private static boolean ignored(String name) {
		return name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store") || name.equals(".DS_Store");
	}

	/** Why an uploaded media archive was not used. */
	static final class MediaArchiveRefused extends IOException {

		MediaArchiveRefused(String reason) {
			super("The media archive was not unpacked: " + reason + ".");
		}

	}

}
