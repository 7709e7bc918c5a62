package org.haven.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test class's lifecycle: one headless Chromium (see {@link Browser}) for all
 * its tests, started before the first and quit after the last, pointed at the running
 * application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InABrowser {

	private final int width;

	private final int height;

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	protected InABrowser() {
		this(1280, 900);
	}

	protected InABrowser(int width, int height) {
		this.width = width;
		this.height = height;
	}

	@BeforeAll
	protected void startBrowser() {
		browser = Browser.start(width, height);
	}

	@AfterAll
	protected void stopBrowser() {
		Browser.quit(browser);
	}

	/** The address of {@code path} on the running application. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
