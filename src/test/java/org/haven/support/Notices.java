package org.haven.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pressing an editor button in the browser and reading what the page that answers says.
 */
public final class Notices {

	private Notices() {
	}

	/**
	 * Clicks a form button and returns the notice on the page that answers, or the error
	 * summary if there is one (so a failure says why). Waits for the old page to go
	 * first, so the notice of an earlier save is never read.
	 */
	public static String afterClicking(ChromeDriver browser, String buttonSelector) {
		WebElement oldPage = browser.findElement(By.tagName("html"));
		WebElement button = browser.findElement(By.cssSelector(buttonSelector));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
		button.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> gone(oldPage));
		return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
			var found = d.findElements(By.cssSelector(".notice, #error-summary"));
			return found.isEmpty() ? null : found.get(0).getText();
		});
	}

	/**
	 * Whether {@code element}'s page has been replaced. Chromium reports a node of a page
	 * it has left as stale, but in the middle of the navigation as a node that "does not
	 * belong to the document".
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

}
