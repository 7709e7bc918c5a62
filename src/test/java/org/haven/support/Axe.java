package org.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (from its WebJar) run inside the page a browser shows: the serious and
 * critical WCAG 2.x A/AA (and 2.2 AA) violations, each with up to five offending
 * elements, so a failure says where to look.
 */
public final class Axe {

	static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag',
			    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
			  .then(result => done(result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n    at ' + v.nodes.slice(0, 5)
			      .map(n => n.target.join(' ') + ' -- ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
			      .join('\\n    at '))))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	private static final String SCRIPT = load(System.getProperty("haven.axe.version", "4.6.3"));

	private Axe() {
	}

	/** The serious and critical violations on the page the browser shows now. */
	@SuppressWarnings("unchecked")
	public static List<String> violations(ChromeDriver browser) {
		browser.executeScript(SCRIPT);
		return (List<String>) browser.executeAsyncScript(RUN);
	}

	/**
	 * Fails with each serious or critical violation on the page the browser shows now;
	 * {@code where} names the page in the message.
	 */
	public static void assertNoViolations(ChromeDriver browser, String where) {
		List<String> violations = violations(browser);
		assertThat(violations)
			.as("axe-core serious/critical violations on %s:%n%s", where, String.join("\n", violations))
			.isEmpty();
	}

	private static String load(String version) {
		try (InputStream in = Axe.class.getClassLoader()
			.getResourceAsStream("META-INF/resources/webjars/axe-core/" + version + "/axe.min.js")) {
			assertThat(in).as("axe-core %s WebJar on the test classpath", version).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
