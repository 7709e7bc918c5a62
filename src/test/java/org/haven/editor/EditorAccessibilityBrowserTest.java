package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Axe;
import org.haven.support.Browser;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.InABrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor's own pages, checked with axe-core in headless Chromium for any WCAG 2.2
 * A/AA or best-practice problem: editors use them all day, some with a screen reader or
 * only a keyboard.
 */
@EditorIntegrationTest
class EditorAccessibilityBrowserTest extends InABrowser {

	@Autowired
	ArticleEditing editing;

	EditableArticle article;

	@BeforeAll
	void signIn() {
		article = editing.create(Drafts.publishable(Drafts.uniqueSlug("accessible")),
				EditorIntegrationTest.ADMIN_EMAIL);
		browser.get(url("/login"));
		assertNoViolations("/login");
		Browser.signIn(browser, url(""), EditorIntegrationTest.ADMIN_EMAIL, EditorIntegrationTest.ADMIN_PASSWORD);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/admin", "/admin/articles", "/admin/articles/new", "/admin/tags", "/admin/media",
			"/admin/tokens", "/admin/account", "/admin/users", "/admin/themes", "/admin/categories", "/admin/reviews" })
	void anAdminPageHasNoAxeViolations(String path) {
		browser.get(url(path));
		assertThat(browser.getCurrentUrl()).as("still signed in").endsWith(path);
		assertNoViolations(path);
	}

	@Test
	void theEditorWithItsLivePreviewAndImagePanelOpenHasNone() {
		browser.get(url("/admin/articles/" + article.id() + "/edit"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-preview p")));
		WebElement imagePanel = browser.findElement(By.cssSelector("#image-insert summary"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", imagePanel);
		imagePanel.click();
		assertNoViolations("the article editor");
		browser.get(url("/admin/articles/" + article.id() + "/revisions"));
		assertNoViolations("revisions");
	}

	@Test
	void anArticleInReviewWithSafeMessagingFindingsAndTheSignOffFormHasNone() {
		EditableArticle draft = editing.create(Drafts.withBody(Drafts.publishable(Drafts.uniqueSlug("findings")),
				"A paragraph.\n\nThe report said he committed suicide.\n"), "writer@haven.test");
		editing.submitForReview(draft.id(), draft.version(), draft.draft(), "writer@haven.test");

		browser.get(url("/admin/articles/" + draft.id() + "/edit"));
		assertThat(browser.findElements(By.cssSelector(".findings form"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector(".sign-off form"))).hasSize(1);
		assertNoViolations("an article in review with findings");
	}

	@Test
	void theErrorSummaryOfARefusedSaveHasNone() {
		browser.get(url("/admin/articles/new"));
		// the server's checks, not the browser's: as with a browser that does not enforce
		// "required"
		browser.executeScript("document.getElementById('article-form').noValidate = true");
		browser.findElement(By.cssSelector("button[value=save]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
		assertThat(browser.findElements(By.id("error-summary"))).hasSize(1);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus moves to the summary")
			.isEqualTo("error-summary");
		assertNoViolations("the editor with errors");
	}

	private void assertNoViolations(String what) {
		Axe.assertNoViolations(browser, what);
	}

}
