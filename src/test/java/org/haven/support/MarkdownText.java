package org.haven.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article text in the editor: the Markdown editor that takes the keys, and the form
 * field it keeps up to date (what the form submits).
 */
public final class MarkdownText {

	private MarkdownText() {
	}

	/** Where the writer types: the Markdown editor once it has started. */
	public static WebElement editor(ChromeDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#field-body-editor")));
	}

	/** The text the form would submit now. */
	public static String value(ChromeDriver browser) {
		return (String) browser.executeScript("var body = document.getElementById('field-body');"
				+ "if (body.havenEditor) { body.havenEditor.flush(); } return body.value;");
	}

}
