package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.haven.support.Axe;
import org.haven.support.Browser;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.InABrowser;
import org.haven.support.MediaZip;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin uploads the hand-written WordPress export with the keyboard and waits on the
 * progress page, which shows the finished report without a reload by hand; the form and
 * the progress page have no axe-core violation.
 */
@EditorIntegrationTest
class WordPressUploadBrowserTest extends InABrowser {

	@Test
	void anAdminUploadsTheExportAndSeesTheFinishedReport() {
		Browser.signIn(browser, url(""), EditorIntegrationTest.ADMIN_EMAIL, EditorIntegrationTest.ADMIN_PASSWORD);
		browser.get(url("/admin/import/wordpress"));
		Axe.assertNoViolations(browser, "the WordPress upload form");

		WebElement file = browser.findElement(By.id("field-file"));
		file.sendKeys(Path.of("src/test/resources/fixtures/wordpress/export.xml").toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#import-form button[type=submit]")).sendKeys(Keys.ENTER);

		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/import/wordpress/progress");
		WebElement bar = browser.findElement(By.id("import-bar"));
		assertThat(bar.getDomAttribute("value")).isEqualTo("11");
		assertThat(bar.getDomAttribute("max")).isEqualTo("11");
		assertThat(browser.findElement(By.id("import-status")).getText()).isEqualTo("Done: 11 of 11 items read.");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("6 posts, 1 pages,", "status trash",
				"gone.jpg");
		Axe.assertNoViolations(browser, "the WordPress import's progress page");
		screenshot("wordpress-import-report.png");
	}

	/** The script sends the media archive on its own first, then the form names it. */
	@Test
	void anAdminAddsTheMediaArchiveAndItsImagesAreFound() throws IOException {
		Path dir = Files.createDirectories(Path.of("target/browser-uploads"));
		Path zip = Files.write(dir.resolve("uploads.zip"),
				MediaZip.of("wp-content/uploads/", Path.of("src/test/resources/fixtures/wordpress/uploads")));
		Browser.signIn(browser, url(""), EditorIntegrationTest.ADMIN_EMAIL, EditorIntegrationTest.ADMIN_PASSWORD);
		browser.get(url("/admin/import/wordpress"));

		browser.findElement(By.id("field-file"))
			.sendKeys(Path.of("src/test/resources/fixtures/wordpress/export.xml").toAbsolutePath().toString());
		browser.findElement(By.id("field-media")).sendKeys(zip.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#import-form button[type=submit]")).sendKeys(Keys.ENTER);

		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
		assertThat(browser.findElement(By.cssSelector("main")).getText())
			.contains("2018/01/gone.jpg (attachment 21): not found in the media archive uploads.zip")
			.doesNotContain("calm-lake.gif (attachment");
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsSent() {
		Browser.signIn(browser, url(""), EditorIntegrationTest.ADMIN_EMAIL, EditorIntegrationTest.ADMIN_PASSWORD);
		browser.get(url("/admin/import/wordpress"));
		// the fixture stands in for a file over the limit: the limit is lowered, not the
		// file enlarged
		browser.executeScript("document.getElementById('import-form').setAttribute('data-max-bytes', '100')");

		browser.findElement(By.id("field-file"))
			.sendKeys(Path.of("src/test/resources/fixtures/wordpress/export.xml").toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#import-form button[type=submit]")).sendKeys(Keys.ENTER);

		WebElement message = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-too-large")));
		assertThat(message.getText()).contains("The file is larger than 64 MB");
		assertThat(browser.getCurrentUrl()).endsWith("/admin/import/wordpress");
		assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("field-file");
		Axe.assertNoViolations(browser, "the upload form with its size message");
	}

	private void screenshot(String name) {
		try {
			Path dir = Path.of("target/screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
