package org.haven.site;

import org.haven.support.InABrowser;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the theme browser tests share: the running site's themes, and the default theme
 * back once the class is done (the Spring context outlives it).
 */
abstract class ThemesInABrowser extends InABrowser {

	@Autowired
	ThemeRegistry themes;

	@AfterAll
	void activateTheDefaultTheme() {
		themes.activate(ThemeProperties.DEFAULT_THEME);
	}

}
