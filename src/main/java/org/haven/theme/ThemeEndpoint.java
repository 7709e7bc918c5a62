package org.haven.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/theme}: which theme is active, which themes loaded and which did not
 * (and why); a POST of {@code {"name":"magazine"}} reads the theme folders again and
 * switches readers to that theme at once. Reachable from the machine itself only (see
 * {@code SecurityConfiguration}) until editor accounts exist.
 */
@Component
@Endpoint(id = "theme")
public class ThemeEndpoint {

	private final ThemeRegistry registry;

	ThemeEndpoint(ThemeRegistry registry) {
		this.registry = registry;
	}

	@ReadOperation
	public Map<String, Object> theme() {
		return describe(registry);
	}

	@WriteOperation
	public WebEndpointResponse<Map<String, Object>> activate(String name) {
		registry.reload();
		try {
			registry.activate(name);
		}
		catch (ThemeException ex) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", ex.getMessage());
			body.putAll(describe(registry));
			return new WebEndpointResponse<>(body, WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		return new WebEndpointResponse<>(describe(registry));
	}

	/**
	 * The registry's state as plain values, shared with the {@code themes} health
	 * indicator.
	 */
	static Map<String, Object> describe(ThemeRegistry registry) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("active", registry.active().name());
		state.put("wanted", registry.wanted());
		List<Map<String, Object>> themes = registry.themes()
			.values()
			.stream()
			.sorted(java.util.Comparator.comparing(Theme::name))
			.map(ThemeEndpoint::describe)
			.toList();
		state.put("themes", themes);
		state.put("problems", registry.problems());
		return state;
	}

	private static Map<String, Object> describe(Theme theme) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", theme.name());
		values.put("title", theme.title());
		values.put("version", theme.version());
		values.put("author", theme.author());
		values.put("parent", theme.parent() == null ? "" : theme.parent());
		values.put("folder", theme.root().toString());
		return values;
	}

}
