package org.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core run inside the page a browser shows, with every rule axe runs by default (WCAG
 * 2.0–2.2 A and AA, and axe's best practices) and every impact, minor included: readers
 * and outside checkers see all of them, so the tests do too. Each violation comes with up
 * to five offending elements, so a failure says where to look.
 */
public final class Axe {

	/** The axe-core kept in {@code src/test/resources/axe/} (see its README). */
	static final String VERSION = "4.11.0";

	static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
			    'wcag22aa', 'best-practice'] } })
			  .then(result => done(result.violations
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n    at ' + v.nodes.slice(0, 5)
			      .map(n => n.target.join(' ') + ' -- ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
			      .join('\\n    at '))))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	private static final String SCRIPT = load();

	private Axe() {
	}

	/** Every violation, of any impact, on the page the browser shows now. */
	@SuppressWarnings("unchecked")
	public static List<String> violations(ChromeDriver browser) {
		browser.executeScript(SCRIPT);
		return (List<String>) browser.executeAsyncScript(RUN);
	}

	/**
	 * Fails with every violation on the page the browser shows now; {@code where} names
	 * the page in the message.
	 */
	public static void assertNoViolations(ChromeDriver browser, String where) {
		List<String> violations = violations(browser);
		assertThat(violations).as("axe-core violations on %s:%n%s", where, String.join("\n", violations)).isEmpty();
	}

	private static String load() {
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe/axe.min.js")) {
			assertThat(in).as("axe-core %s in src/test/resources/axe/", VERSION).isNotNull();
			String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(script).as("the kept axe-core is version %s", VERSION).startsWith("/*! axe v" + VERSION);
			return script;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
