package org.haven.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.common.Sha256;
import org.haven.theme.Theme;
import org.haven.theme.ThemeChanged;
import org.haven.theme.ThemeFiles;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fingerprinted URLs for theme assets: {@code css/calm.css} becomes
 * {@code /themes/calm/css/calm.1a2b3c4d.css}, so the file can be cached for a year and a
 * changed file gets a new URL. Available to templates as {@code assets}.
 */
@Component
public class AssetUrls {

	private static final Pattern FINGERPRINTED = Pattern.compile("^(.*)\\.([0-9a-f]{8})(\\.[A-Za-z0-9]+)$");

	private final ThemeRegistry themes;

	private final boolean cacheFingerprints;

	private final Map<Path, String> fingerprints = new ConcurrentHashMap<>();

	AssetUrls(ThemeRegistry themes, ThemeProperties properties) {
		this.themes = themes;
		this.cacheFingerprints = properties.cache();
	}

	/**
	 * The fingerprinted URL of an asset of the active theme, or the plain URL if no theme
	 * has the file.
	 */
	public String url(String relative) {
		Theme theme = themes.active();
		String plain = "/themes/" + theme.name() + "/" + relative;
		return ThemeFiles.find(theme, "static", relative).map(file -> {
			int dot = relative.lastIndexOf('.');
			int slash = relative.lastIndexOf('/');
			if (dot <= slash) {
				return plain;
			}
			return "/themes/" + theme.name() + "/" + relative.substring(0, dot) + "." + fingerprint(file)
					+ relative.substring(dot);
		}).orElse(plain);
	}

	/**
	 * A requested asset path split into the file path and whether its fingerprint matches
	 * the file's content.
	 */
	record Requested(String relative, boolean fingerprinted) {
	}

	Optional<Requested> parse(Theme theme, String requested) {
		Matcher m = FINGERPRINTED.matcher(requested);
		if (m.matches()) {
			String relative = m.group(1) + m.group(3);
			Optional<Path> file = ThemeFiles.find(theme, "static", relative);
			if (file.isPresent()) {
				return Optional.of(new Requested(relative, fingerprint(file.get()).equals(m.group(2))));
			}
		}
		return ThemeFiles.find(theme, "static", requested).map(file -> new Requested(requested, false));
	}

	String fingerprint(Path file) {
		if (!cacheFingerprints) {
			return compute(file);
		}
		return fingerprints.computeIfAbsent(file, AssetUrls::compute);
	}

	private static String compute(Path file) {
		try {
			return Sha256.hex(Files.readAllBytes(file)).substring(0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@EventListener
	void on(ThemeChanged event) {
		fingerprints.clear();
	}

}
