package org.haven.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The site's own redirects, {@code content/redirects.yaml}: one old address (a path, with
 * its query if it had one) to the address that answers it now, on this site or another. A
 * publisher writes it for what no rule knows (a renamed campaign page), and the WordPress
 * import adds the addresses it cannot work out at request time ({@code /?cat=5}). Read
 * again when the file changes; a line that is not an address is logged and left out, and
 * the rest still counts.
 */
@Component
public class SiteRedirects {

	/** The file's name in the content folder. */
	public static final String FILE = "redirects.yaml";

	private static final Logger log = LoggerFactory.getLogger(SiteRedirects.class);

	private final Path file;

	private volatile Loaded loaded = new Loaded(null, Map.of());

	private record Loaded(@Nullable FileTime modified, Map<String, String> targets) {
	}

	SiteRedirects(ContentProperties content) {
		this.file = content.dir().resolve(FILE);
	}

	/** Where {@code oldAddress} ({@code /path} or {@code /path?query}) goes now. */
	public Optional<String> target(String oldAddress) {
		return Optional.ofNullable(current().get(oldAddress));
	}

	/** Every redirect, in the file's order. */
	public Map<String, String> all() {
		return current();
	}

	private Map<String, String> current() {
		FileTime modified;
		try {
			modified = Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
		}
		catch (IOException ex) {
			modified = null;
		}
		Loaded seen = loaded;
		if (modified == null ? seen.modified() == null : modified.equals(seen.modified())) {
			return seen.targets();
		}
		Loaded fresh = new Loaded(modified, modified == null ? Map.of() : read());
		loaded = fresh;
		return fresh.targets();
	}

	/**
	 * Adds {@code redirects} to the file in the folder {@code contentRoot}, each old
	 * address it does not have yet, below what is there (comments kept). A file that is
	 * not a list of redirects is left alone: {@link IllegalStateException}.
	 */
	public static void addTo(Path contentRoot, Map<String, String> redirects) throws IOException {
		Path target = contentRoot.resolve(FILE);
		String text = Files.isRegularFile(target) ? Files.readString(target)
				: "# Old address: the address that answers it now (301). Edit freely.\n";
		Object parsed = parse(text);
		if (parsed != null && !(parsed instanceof Map)) {
			throw new IllegalStateException(FILE + " is not a list of 'old: new' lines");
		}
		Map<?, ?> listed = parsed == null ? Map.of() : (Map<?, ?>) parsed;
		StringBuilder out = new StringBuilder(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
		redirects.forEach((from, to) -> {
			if (!listed.containsKey(from)) {
				out.append('"').append(from).append("\": \"").append(to).append("\"\n");
			}
		});
		if (!out.toString().equals(text)) {
			AtomicFiles.write(target, out.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static @Nullable Object parse(String text) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
	}

	private Map<String, String> read() {
		Object parsed;
		try {
			parsed = parse(Files.readString(file));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("{} not read, so none of its redirects answer: {}", file, ex.getMessage());
			return Map.of();
		}
		if (!(parsed instanceof Map<?, ?> entries)) {
			if (parsed != null) {
				log.warn("{} is not a list of 'old: new' lines, so none of its redirects answer", file);
			}
			return Map.of();
		}
		Map<String, String> targets = new LinkedHashMap<>();
		entries.forEach((from, to) -> {
			String old = String.valueOf(from).strip();
			String now = to == null ? "" : String.valueOf(to).strip();
			if (isOldAddress(old) && isTarget(now) && !old.equals(now)) {
				targets.put(old, now);
			}
			else {
				log.warn("{}: '{}: {}' left out: the old address must be a path on this site ('/old-page', "
						+ "'/?cat=5'), the new one a path or an http(s) address", file, old, now);
			}
		});
		return Collections.unmodifiableMap(targets);
	}

	private static boolean isOldAddress(String path) {
		return path.startsWith("/") && !path.startsWith("//") && path.length() > 1 && path.chars()
			.noneMatch(
					c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '{' || c == '}' || c == 127);
	}

	private static boolean isTarget(String address) {
		return (isOldAddress(address) || address.equals("/") || address.startsWith("https://")
				|| address.startsWith("http://")) && address.chars().noneMatch(c -> c <= ' ' || c == '"' || c == 127);
	}

}
