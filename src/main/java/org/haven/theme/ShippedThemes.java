package org.haven.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The themes packaged in the jar under {@code haven-themes/}. A shipped theme that the
 * themes folder lacks is unpacked into a folder of its own (fresh at every start, so it
 * always matches the running version) and loaded from there; a folder of the same name in
 * the themes folder always wins.
 */
final class ShippedThemes {

	static final String LOCATION = "haven-themes/";

	private static final Logger log = LoggerFactory.getLogger(ShippedThemes.class);

	private ShippedThemes() {
	}

	/**
	 * Unpacks every shipped theme missing from {@code dir} into {@code target}; returns
	 * the names unpacked.
	 */
	static Set<String> unpackMissing(Path dir, Path target) {
		Set<String> unpacked = new LinkedHashSet<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(ShippedThemes.class.getClassLoader())
				.getResources("classpath*:" + LOCATION + "**");
			for (Resource resource : resources) {
				String relative = relativePath(resource);
				if (relative == null || relative.isEmpty() || relative.endsWith("/") || !resource.isReadable()) {
					continue;
				}
				String theme = relative.substring(0, Math.max(relative.indexOf('/'), 0));
				if (theme.isEmpty() || Files.isRegularFile(dir.resolve(theme).resolve(ThemeManifest.FILE))) {
					continue;
				}
				if (unpacked.add(theme)) {
					deleteTree(target.resolve(theme));
				}
				Path to = target.resolve(relative).normalize();
				if (!to.startsWith(target.normalize())) {
					continue;
				}
				Files.createDirectories(to.getParent());
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot unpack the shipped themes into " + target, ex);
		}
		if (!unpacked.isEmpty()) {
			log.info("Themes {} are not in {}: using the copies shipped with Haven, unpacked into {}", unpacked, dir,
					target);
		}
		return unpacked;
	}

	private static String relativePath(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		int at = url.lastIndexOf(LOCATION);
		return at < 0 ? null : url.substring(at + LOCATION.length());
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
