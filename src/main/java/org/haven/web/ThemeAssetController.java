package org.haven.web;

import java.time.Duration;

import org.haven.theme.Theme;
import org.haven.theme.ThemeFiles;
import org.haven.theme.ThemeRegistry;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Serves {@code /themes/{name}/**} from the theme's {@code static/} folder (falling back
 * to the themes it extends). Fingerprinted URLs are immutable for a year; plain ones
 * revalidate by ETag. Unknown files are 404, never a listing.
 */
@RestController
class ThemeAssetController {

	private final ThemeRegistry themes;

	private final AssetUrls assets;

	ThemeAssetController(ThemeRegistry themes, AssetUrls assets) {
		this.themes = themes;
		this.assets = assets;
	}

	@GetMapping("/themes/{name}/**")
	ResponseEntity<Resource> asset(@PathVariable String name, HttpServletRequest request, WebRequest webRequest) {
		Theme theme = themes.theme(name).orElse(null);
		if (theme == null) {
			return ResponseEntity.notFound().build();
		}
		String prefix = request.getContextPath() + "/themes/" + name + "/";
		String uri = request.getRequestURI();
		if (!uri.startsWith(prefix)) {
			return ResponseEntity.notFound().build();
		}
		String within = uri.substring(prefix.length());
		return assets.parse(theme, within)
			.flatMap(found -> ThemeFiles.find(theme, "static", found.relative()).map(file -> {
				// weak, so that Tomcat still gzips the body (it will not compress under a
				// strong ETag)
				String etag = "W/\"" + assets.fingerprint(file) + "\"";
				if (webRequest.checkNotModified(etag)) {
					return ResponseEntity.status(304).<Resource>build();
				}
				CacheControl cache = found.fingerprinted()
						? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
						: CacheControl.noCache().cachePublic();
				MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString())
					.orElse(MediaType.APPLICATION_OCTET_STREAM);
				return ResponseEntity.ok()
					.cacheControl(cache)
					.eTag(etag)
					.contentType(type)
					.<Resource>body(new FileSystemResource(file));
			}))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
