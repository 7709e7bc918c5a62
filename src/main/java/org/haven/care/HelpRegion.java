package org.haven.care;

import java.util.List;
import java.util.Locale;

/**
 * The crisis and support services of one country, in the order {@code help.yaml} gives
 * them; the first is the region's main service, the one every page footer shows.
 *
 * @param code the ISO 3166 country code, e.g. {@code GB}
 * @param emergency the emergency number, e.g. {@code 999}
 * @param services at least one
 */
public record HelpRegion(String code, String emergency, List<HelpService> services) {

	public HelpRegion {
		if (services.isEmpty()) {
			throw new IllegalArgumentException("region " + code + " needs at least one service");
		}
		services = List.copyOf(services);
	}

	/** The service every page shows: the first one. */
	public HelpService main() {
		return services.get(0);
	}

	/** {@code tel:999}. */
	public String emergencyTelLink() {
		return "tel:" + HelpService.dialable(emergency);
	}

	/**
	 * The country's name in {@code locale}: "United Kingdom", "Vereinigtes Königreich".
	 */
	public String name(Locale locale) {
		return new Locale("", code).getDisplayCountry(locale);
	}

}
