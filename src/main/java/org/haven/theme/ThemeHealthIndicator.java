package org.haven.theme;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code themes} health component. Readers always get a page (a broken theme falls
 * back to the default), so it stays UP; its details name the active theme and every theme
 * that failed to load, with the file at fault. Details are shown only to authorised
 * callers; the same facts are on {@code /actuator/theme} from the machine itself.
 */
@Component("themesHealthIndicator")
class ThemeHealthIndicator implements HealthIndicator {

	private final ThemeRegistry registry;

	ThemeHealthIndicator(ThemeRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetails(ThemeEndpoint.describe(registry));
		if (!registry.problems().isEmpty() || !registry.wanted().equals(registry.active().name())) {
			health.withDetail("degraded", "some themes did not load; see problems");
		}
		return health.build();
	}

}
