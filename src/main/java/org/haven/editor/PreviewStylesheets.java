package org.haven.editor;

import java.util.ArrayList;
import java.util.List;

import org.haven.theme.Theme;
import org.haven.theme.ThemeFiles;
import org.haven.theme.ThemeRegistry;
import org.haven.web.AssetUrls;
import org.springframework.stereotype.Component;

/**
 * The reader theme's stylesheets, for pages that show a draft as readers would see it.
 */
@Component
class PreviewStylesheets {

	private final ThemeRegistry themes;

	private final AssetUrls assets;

	PreviewStylesheets(ThemeRegistry themes, AssetUrls assets) {
		this.themes = themes;
		this.assets = assets;
	}

	/**
	 * {@code css/<name>.css} of the active theme and each theme it extends, base theme
	 * first.
	 */
	List<String> urls() {
		Theme active = themes.active();
		List<String> urls = new ArrayList<>();
		for (Theme theme = active; theme != null; theme = theme.parent() == null ? null
				: themes.theme(theme.parent()).orElse(null)) {
			String css = "css/" + theme.name() + ".css";
			if (ThemeFiles.find(active, "static", css).isPresent()) {
				urls.add(0, assets.url(css));
			}
		}
		return urls;
	}

}
