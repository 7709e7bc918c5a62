package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.editor.media.TestImages;
import org.haven.support.Browser;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.InABrowser;
import org.haven.support.MarkdownText;
import org.haven.support.Notices;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writing in the Markdown editor with the keyboard: shortcuts for every format, a pasted
 * image that waits for its description, an autosave that is still there after a reload,
 * the phone preview, then publishing. And two tabs autosaving one article: the second
 * sees the conflict screen and overwrites nothing.
 */
@EditorIntegrationTest
class WritingBrowserTest extends InABrowser {

	WritingBrowserTest() {
		super(1400, 1000);
	}

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Autowired
	Autosaves autosaves;

	@BeforeAll
	void signIn() {
		Browser.signIn(browser, url(""), EditorIntegrationTest.ADMIN_EMAIL, EditorIntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void aWriterFormatsWithShortcutsPastesAnImageComesBackToTheAutosaveChecksThePhoneAndPublishes() {
		String title = "Winding down when worry keeps you awake " + Drafts.uniqueSlug("w");
		browser.get(url("/admin/articles/new"));
		browser.findElement(By.id("field-title")).sendKeys(title);
		browser.findElement(By.id("field-summary")).sendKeys("Small steps for the hour before bed.");
		new Select(browser.findElement(By.id("field-category"))).selectByValue("growth");

		WebElement text = MarkdownText.editor(browser);
		text.sendKeys("Before bed");
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, "2"));
		text.sendKeys(Keys.END, Keys.ENTER, Keys.ENTER, "Worry keeps ");
		text.sendKeys(Keys.chord(Keys.CONTROL, "b"));
		text.sendKeys("many people", Keys.END, " awake, and ");
		text.sendKeys(Keys.chord(Keys.CONTROL, "i"));
		text.sendKeys("that", Keys.END, " is common. Read ");
		text.sendKeys(Keys.chord(Keys.CONTROL, "k"));
		text.sendKeys("https://www.nhs.uk/", Keys.END);
		for (String paragraph : List.of("Dim the lights", "Write the worry down", "Rest is not a race.")) {
			newParagraph(text);
			text.sendKeys(paragraph);
		}
		// lists and quotes go on at Enter, so they are made afterwards, line by line
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
		caretDownTo(text, "Dim the lights");
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "8"));
		caretDownTo(text, "Write the worry down");
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "7"));
		caretDownTo(text, "Rest is not a race.");
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "9"));
		text.sendKeys(Keys.END);
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, "f"));
		text.sendKeys("Sleep guidance, 2024.");
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, Keys.ENTER);
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, "t"));
		text.sendKeys("Night");
		text.sendKeys(Keys.chord(Keys.CONTROL, "z"));
		assertThat(MarkdownText.value(browser)).doesNotContain("| Night |");
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "z"));

		assertThat(MarkdownText.value(browser)).contains("## Before bed", "Worry keeps **many people** awake",
				"and _that_ is common", "[link text](https://www.nhs.uk/)", "- Dim the lights",
				"1. Write the worry down", "> Rest is not a race.[^1]", "[^1]: Sleep guidance, 2024.",
				"| Night | Heading |\n| --- | --- |");
		assertThat(browser.findElement(By.id("word-count")).getText()).matches("\\d+ words");

		assertThat(Notices.afterClicking(browser, "button[value=save]")).isEqualTo("Draft saved.");
		String editUrl = browser.getCurrentUrl();

		// a screenshot pasted into the text: described first, then uploaded and inserted
		text = MarkdownText.editor(browser);
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
		paste(text, TestImages.image("png", 640, 360));
		WebElement describe = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("image-alt-text")));
		describe.sendKeys(Keys.ENTER);
		assertThat(browser.findElement(By.id("image-alt-error")).getText()).startsWith("Describe what the image");
		assertThat(MarkdownText.value(browser)).doesNotContain("![");
		describe.sendKeys("A bedside lamp with a notebook", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> MarkdownText.value(browser).contains("![A bedside lamp with a notebook](/media/"));

		// an autosave, then the page is reloaded: the text is still there, and still not
		// saved
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "Autosaved at"));
		browser.navigate().refresh();
		assertThat(browser.getCurrentUrl()).isEqualTo(editUrl);
		assertThat(browser.findElements(By.id("autosaved-notice"))).hasSize(1);
		assertThat(MarkdownText.value(browser)).contains("![A bedside lamp with a notebook](/media/");

		// the phone preview, reached with the keyboard
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-desktop")));
		browser.findElement(By.id("tab-desktop")).sendKeys(Keys.ARROW_RIGHT);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("tab-phone");
		WebElement phone = browser.findElement(By.id("phone-frame"));
		assertThat(phone.getSize().getWidth()).isEqualTo(390);
		browser.switchTo().frame(phone);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
		assertThat(browser.findElement(By.cssSelector(".prose img")).getDomAttribute("alt"))
			.isEqualTo("A bedside lamp with a notebook");
		browser.switchTo().defaultContent();

		assertThat(Notices.afterClicking(browser, "button[value=publish]")).isEqualTo("Published.");
		browser.get(url("/articles/" + org.haven.content.Slugs.of(title)));
		assertThat(browser.findElement(By.cssSelector(".prose h2")).getText()).isEqualTo("Before bed");
		assertThat(browser.findElement(By.cssSelector(".prose strong")).getText()).isEqualTo("many people");
		assertThat(browser.findElements(By.cssSelector(".prose blockquote"))).hasSize(1);
	}

	@Test
	void aSecondTabThatAutosavesAfterTheFirstSeesTheConflictScreen() {
		EditableArticle article = editing.create(Drafts.publishable(Drafts.uniqueSlug("two-tabs")),
				EditorIntegrationTest.ADMIN_EMAIL);
		String first = browser.getWindowHandle();
		browser.get(url("/admin/articles/" + article.id() + "/edit"));
		browser.switchTo().newWindow(WindowType.TAB);
		String second = browser.getWindowHandle();
		browser.get(url("/admin/articles/" + article.id() + "/edit"));

		browser.switchTo().window(first);
		MarkdownText.editor(browser).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Words from the first tab.");
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "Autosaved at"));

		browser.switchTo().window(second);
		MarkdownText.editor(browser).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Words from the second tab.");
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("conflict-title")));
		assertThat(MarkdownText.value(browser)).contains("Words from the second tab.");
		assertThat(browser.findElement(By.id("theirs-source")).getDomProperty("value"))
			.contains("Words from the first tab.");

		assertThat(autosaves.workingCopy(article.id()).orElseThrow().form().getBody())
			.contains("Words from the first tab.")
			.doesNotContain("second tab");
		assertThat(queries.editable(article.id()).draft().body()).doesNotContain("first tab");
		browser.close();
		browser.switchTo().window(first);
	}

	/**
	 * Enter twice, each key taken in before the next: a blank line, then a new paragraph.
	 */
	private void newParagraph(WebElement text) {
		for (String end : List.of("\n", "\n\n")) {
			text.sendKeys(Keys.ENTER);
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> MarkdownText.value(browser).endsWith(end));
		}
	}

	/**
	 * Down, key by key, to the start of the line that reads {@code line}. Down moves by
	 * the lines on screen, and a long paragraph wraps when the editor is narrower (a
	 * scroll bar, a panel beside it), so a fixed count of keys may stop inside a
	 * paragraph.
	 */
	private void caretDownTo(WebElement text, String line) {
		new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(50)).until(d -> {
			if (line.equals(caretLine())) {
				return true;
			}
			text.sendKeys(Keys.DOWN);
			return false;
		});
	}

	/** The text of the editor line the caret is on. */
	private @Nullable String caretLine() {
		return (String) browser.executeScript("const node = document.getSelection().focusNode;"
				+ "const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);"
				+ "const line = element && element.closest('.cm-line');" + "return line ? line.textContent : null;");
	}

	/** What the browser does when an image is pasted from the clipboard. */
	private void paste(WebElement target, byte[] png) {
		browser.executeScript(
				"""
						const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));
						const transfer = new DataTransfer();
						transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
						arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
						""",
				target, Base64.getEncoder().encodeToString(png));
	}

}
