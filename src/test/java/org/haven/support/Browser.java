package org.haven.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages ({@code chromium}, {@code chromium-driver}).
 * A machine without them fails the test with instructions: a browser test never passes by
 * not running.
 */
public final class Browser {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private Browser() {
	}

	/**
	 * One browser, meant to be shared by the tests of a class; the window is
	 * {@code width} x {@code height}.
	 */
	public static ChromeDriver start(int width, int height) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Browser tests need Chromium and its driver at " + CHROMIUM + " and "
					+ CHROMEDRIVER + ": run 'apt-get install -y chromium chromium-driver' (or set CHROMIUM_BIN and "
					+ "CHROMEDRIVER_BIN)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Signs in through the login form at {@code baseUrl} and waits for the dashboard.
	 */
	public static void signIn(ChromeDriver browser, String baseUrl, String email, String password) {
		browser.get(baseUrl + "/login");
		browser.findElement(By.id("field-email")).sendKeys(email);
		browser.findElement(By.id("field-password")).sendKeys(password);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	/** Quits a browser that {@link #start} may not have started. */
	public static void quit(ChromeDriver browser) {
		if (browser != null) {
			browser.quit();
		}
	}

}
