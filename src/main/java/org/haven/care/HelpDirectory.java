package org.haven.care;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.haven.config.SiteProperties;
import org.haven.content.ContentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Crisis and support services by region: the one place every module asks "what number do
 * I give a reader in distress?". Haven's built-in {@code help.yaml} is read first, then
 * the publisher's {@code <content>/help.yaml} over it: a region there adds to or replaces
 * a built-in one, its services come first (so its first one becomes the main service) and
 * a service with the same name as a built-in one replaces it.
 *
 * <p>
 * Typical use: {@code help.mainService()} for a footer line (its {@code name()},
 * {@code number()} and {@code telLink()}), {@link #PAGE} for a link to the full list, and
 * {@code help.region()} for everything.
 */
@Component
public class HelpDirectory {

	/** The reader page that lists the region's services. */
	public static final String PAGE = "/help";

	private static final Logger log = LoggerFactory.getLogger(HelpDirectory.class);

	private static final String BUILT_IN = "/haven/help.yaml";

	private final Map<String, HelpRegion> regions;

	private final InternationalDirectory directory;

	private final HelpRegion region;

	@Autowired
	public HelpDirectory(SiteProperties site, ContentProperties content) {
		this(site.region(), content.dir().resolve(HelpFile.NAME));
	}

	HelpDirectory(String region, Path publisherFile) {
		HelpFile.Contents builtIn = HelpFile.read("built-in " + HelpFile.NAME, builtIn());
		HelpFile.Contents own = publisher(publisherFile);
		this.directory = own.directory() != null ? own.directory() : builtIn.directory();
		this.regions = merge(builtIn, own);
		String code = region.strip().toUpperCase(Locale.ROOT);
		this.region = regions.get(code);
		if (this.region == null) {
			throw new IllegalStateException("haven.site.region=" + region + " has no services in " + publisherFile
					+ " or Haven's built-in list (known regions: " + String.join(", ", regions.keySet()) + ")");
		}
	}

	/** The site's region ({@code haven.site.region}) and its services. */
	public HelpRegion region() {
		return region;
	}

	/** The service the site names first: its region's main one. */
	public HelpService mainService() {
		return region.main();
	}

	/** Another region by country code, e.g. {@code US}. */
	public Optional<HelpRegion> region(String code) {
		return Optional.ofNullable(regions.get(code.toUpperCase(Locale.ROOT)));
	}

	/** Every known region, in file order. */
	public List<HelpRegion> regions() {
		return List.copyOf(regions.values());
	}

	/** The directory for readers in other countries. */
	public InternationalDirectory internationalDirectory() {
		return directory;
	}

	/** Entries last checked more than 12 months before {@code today}, by region. */
	public List<StaleHelpEntry> staleOn(LocalDate today) {
		List<StaleHelpEntry> stale = new ArrayList<>();
		regions.values()
			.forEach(r -> r.services()
				.stream()
				.filter(s -> s.staleOn(today))
				.forEach(s -> stale.add(new StaleHelpEntry(r.code(), s))));
		return stale;
	}

	private static Map<String, HelpRegion> merge(HelpFile.Contents builtIn, HelpFile.Contents own) {
		Map<String, HelpRegion> merged = new LinkedHashMap<>();
		builtIn.regions().forEach((code, r) -> merged.put(code, new HelpRegion(code, r.emergency(), r.services())));
		own.regions().forEach((code, r) -> {
			HelpRegion base = merged.get(code);
			List<HelpService> services = new ArrayList<>(r.services());
			if (base != null) {
				base.services()
					.stream()
					.filter(s -> r.services().stream().noneMatch(o -> o.name().equalsIgnoreCase(s.name())))
					.forEach(services::add);
			}
			String emergency = r.emergency() != null ? r.emergency() : base != null ? base.emergency() : null;
			if (emergency == null || services.isEmpty()) {
				log.warn("Help region {} in {} needs an 'emergency' number and at least one service; ignored", code,
						HelpFile.NAME);
				return;
			}
			merged.put(code, new HelpRegion(code, emergency, services));
		});
		return merged;
	}

	private static HelpFile.Contents publisher(Path file) {
		if (!Files.isRegularFile(file)) {
			return new HelpFile.Contents(null, Map.of());
		}
		try {
			return HelpFile.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException | HelpFile.Broken ex) {
			log.error("Help services in {} not used, Haven's built-in list is: {}", file, ex.getMessage());
			return new HelpFile.Contents(null, Map.of());
		}
	}

	private static String builtIn() {
		try (InputStream in = HelpDirectory.class.getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException(BUILT_IN + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
