package org.haven.publicform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Refuses a form sent from another site. Browsers send {@code Origin} with every POST;
 * when it is missing (older browsers), {@code Referer} stands in. Either must name this
 * site: its configured base URL, or the scheme, host and port the request itself was
 * addressed to (so the check also holds on a second host name or behind a proxy that
 * forwards {@code Host}). A request carrying neither header comes from a script, not from
 * a page of another site in someone's browser, and is left to the token and the rate
 * limit. {@code Origin: null} (a sandboxed frame, a cross-site redirect) is foreign.
 */
final class OriginCheck {

	private final String siteOrigin;

	OriginCheck(URI baseUrl) {
		String origin = origin(baseUrl.toString());
		if (origin == null) {
			throw new IllegalArgumentException("haven.site.base-url is not an absolute http(s) URL: " + baseUrl);
		}
		this.siteOrigin = origin;
	}

	boolean sameSite(HttpServletRequest request) {
		String claimed = request.getHeader(HttpHeaders.ORIGIN);
		if (claimed == null) {
			claimed = request.getHeader(HttpHeaders.REFERER);
			if (claimed == null) {
				return true;
			}
		}
		String origin = origin(claimed);
		if (origin == null) {
			return false;
		}
		return origin.equals(siteOrigin) || origin.equals(requestOrigin(request));
	}

	private static String requestOrigin(HttpServletRequest request) {
		return normalise(request.getScheme(), request.getServerName(), request.getServerPort());
	}

	/** {@code scheme://host:port} of an absolute http(s) URL, or null. */
	static @Nullable String origin(String url) {
		try {
			URI uri = new URI(url.trim());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				return null;
			}
			return normalise(scheme, uri.getHost(), uri.getPort());
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String normalise(String scheme, String host, int port) {
		String lowerScheme = scheme.toLowerCase(Locale.ROOT);
		int effectivePort = port >= 0 ? port : (lowerScheme.equals("https") ? 443 : 80);
		String bareHost = host.toLowerCase(Locale.ROOT);
		if (bareHost.startsWith("[") && bareHost.endsWith("]")) {
			bareHost = bareHost.substring(1, bareHost.length() - 1);
		}
		return lowerScheme + "://" + bareHost + ":" + effectivePort;
	}

}
