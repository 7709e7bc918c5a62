package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.support.InABrowser;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a reader does, in a real headless Chromium: home, a category, an article. */
@SiteIntegrationTest
class ReaderJourneyBrowserTest extends InABrowser {

	@Test
	void readerGoesFromHomeThroughACategoryToAnArticle() {
		browser.get(url("/"));
		assertThat(browser.getTitle()).isEqualTo("Haven Journal");

		browser.findElement(By.cssSelector("nav[aria-label='Topics']")).findElement(By.linkText("Anxiety")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/categories/anxiety");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anxiety");

		WebElement firstArticle = browser.findElement(By.cssSelector("main a[href^='/articles/']"));
		String title = firstArticle.getText();
		firstArticle.click();

		assertThat(browser.getCurrentUrl()).contains("/articles/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("min read").containsAnyOf("Dr Maya Okafor", "Sam Reyes", "Priya Nandakumar");
		assertThat(browser.findElements(By.cssSelector("main a[href^='/tags/']"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("body > footer")).getText()).contains("Samaritans", "116 123");
	}

	@Test
	void theContentsLinksJumpToTheirSections() {
		browser.get(url("/articles/first-therapy-session"));
		WebElement contents = browser.findElement(By.cssSelector("nav[aria-label='Contents']"));
		WebElement second = contents.findElements(By.tagName("a")).get(1);
		String target = second.getDomAttribute("href").substring(1);

		second.click();

		assertThat(browser.getCurrentUrl()).endsWith("#" + target);
		assertThat(browser.findElement(By.id(target)).isDisplayed()).isTrue();
	}

	@Test
	void theSkipLinkIsTheFirstThingAKeyboardReaches() {
		browser.get(url("/articles/cbt-explained"));
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to content");
		assertThat(focused.isDisplayed()).isTrue();
		focused.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
	}

}
