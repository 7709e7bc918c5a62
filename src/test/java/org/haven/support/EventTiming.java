package org.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Input lag as the browser's Event Timing API reports it: a {@code PerformanceObserver}
 * of type {@code event} ({@code durationThreshold} 16 ms, the smallest it allows,
 * buffered) keeps the {@code keydown}, {@code keypress}, {@code beforeinput} and
 * {@code input} events that took 16 ms or more from the key press to the next frame
 * painted; {@code performance.eventCounts} counts all of them, so events under 16 ms
 * count too.
 */
public final class EventTiming {

	/** The events a key press that types a character makes. */
	static final List<String> KEY_EVENTS = List.of("keydown", "keypress", "beforeinput", "input");

	private static final String OBSERVE = """
			const names = arguments[0];
			if (!PerformanceObserver.supportedEntryTypes.includes('event') || !performance.eventCounts) {
			  return false;
			}
			window.havenEventTiming = { entries: [], since: 0 };
			new PerformanceObserver(list => list.getEntries()
			  .filter(e => names.includes(e.name))
			  .forEach(e => window.havenEventTiming.entries.push(
			    { name: e.name, start: e.startTime, duration: e.duration })))
			  .observe({ type: 'event', durationThreshold: 16, buffered: true });
			return true;
			""";

	// One key press made slow on purpose (a handler that keeps the main thread 80 ms), to
	// show
	// the observer sees lag before it is trusted to see none.
	private static final String SLOW_NEXT_KEY = """
			document.addEventListener('keydown', () => {
			  const end = performance.now() + 80;
			  while (performance.now() < end) { }
			}, { capture: true, once: true });
			""";

	private static final String SLOW_KEY_SEEN = """
			return window.havenEventTiming.entries.some(e => e.name === 'keydown' && e.duration >= 80);
			""";

	private static final String START = """
			window.havenEventTiming.since = performance.now();
			return arguments[0].reduce((sum, name) => sum + (performance.eventCounts.get(name) || 0), 0);
			""";

	private static final String RESULTS = """
			const [names, done] = arguments;
			// entries arrive after the frame they waited for is painted
			setTimeout(() => done({
			  count: names.reduce((sum, name) => sum + (performance.eventCounts.get(name) || 0), 0),
			  durations: window.havenEventTiming.entries
			    .filter(e => e.start >= window.havenEventTiming.since).map(e => e.duration)
			}), 1500);
			""";

	private final ChromeDriver browser;

	private long countBefore;

	private EventTiming(ChromeDriver browser) {
		this.browser = browser;
	}

	/**
	 * Starts observing the page the browser shows, and checks that a deliberately slow
	 * key press typed into {@code field} (the first character, {@code key}) is reported:
	 * a browser that records nothing fails here rather than passing.
	 */
	public static EventTiming observe(ChromeDriver browser, WebElement field, String key) {
		EventTiming timing = new EventTiming(browser);
		assertThat((Boolean) browser.executeScript(OBSERVE, KEY_EVENTS))
			.as("the browser supports the Event Timing API (PerformanceObserver type 'event', eventCounts)")
			.isTrue();
		browser.executeScript(SLOW_NEXT_KEY);
		field.sendKeys(key);
		new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the Event Timing API reported no key event")
			.until(d -> (Boolean) browser.executeScript(SLOW_KEY_SEEN));
		timing.countBefore = ((Number) browser.executeScript(START, KEY_EVENTS)).longValue();
		return timing;
	}

	/** The key events since {@link #observe}'s calibration key. */
	@SuppressWarnings("unchecked")
	public Lag lag() {
		Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(RESULTS, KEY_EVENTS);
		List<Number> durations = (List<Number>) result.get("durations");
		long count = ((Number) result.get("count")).longValue() - countBefore;
		return new Lag(count, durations.stream().mapToDouble(Number::doubleValue).sorted().toArray());
	}

	/**
	 * {@code events} key events, of which those in {@code slow} (sorted, in ms) took 16
	 * ms or more.
	 */
	public record Lag(long events, double[] slow) {

		public double longest() {
			return slow.length == 0 ? 0 : slow[slow.length - 1];
		}

		public long over(double millis) {
			return java.util.Arrays.stream(slow).filter(d -> d > millis).count();
		}

		/** The median of all the events; 0 when most took under 16 ms. */
		public double median() {
			long fast = events - slow.length;
			long middle = (events - 1) / 2;
			return middle < fast ? 0 : slow[(int) (middle - fast)];
		}

		@Override
		public String toString() {
			return String.format("%d key events, %d of 16 ms or more, %d over 50 ms, median %s, longest %s", events,
					slow.length, over(50), median() == 0 ? "under 16 ms" : Math.round(median()) + " ms",
					slow.length == 0 ? "under 16 ms" : Math.round(longest()) + " ms");
		}

	}

}
