package org.haven.theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a file along a theme's chain (the theme, then the themes it extends) without ever
 * leaving the theme folders: {@code ../}, absolute paths and symbolic links out of the
 * folder are refused.
 */
public final class ThemeFiles {

	private ThemeFiles() {
	}

	/**
	 * A file under {@code <theme>/<area>/<relative>} for the first theme in the chain
	 * that has it.
	 */
	public static Optional<Path> find(Theme theme, String area, String relative) {
		if (relative.isEmpty() || relative.contains("\0") || relative.contains("\\")) {
			return Optional.empty();
		}
		for (Path root : theme.chain()) {
			Path base = root.resolve(area).normalize();
			Path candidate = base.resolve(relative).normalize();
			if (!candidate.startsWith(base) || !Files.isRegularFile(candidate)) {
				continue;
			}
			try {
				if (candidate.toRealPath().startsWith(base.toRealPath())) {
					return Optional.of(candidate);
				}
			}
			catch (java.io.IOException ex) {
				// unreadable: treat as absent
			}
		}
		return Optional.empty();
	}

}
