package org.haven.comment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.haven.common.KeptValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The moderation settings: the stored ones, falling back to {@link CommentProperties}
 * and, for banned words, to {@code haven/banned-words.txt}. The category and article
 * switches are {@link CommentSwitches}.
 */
@Component
public class CommentSettings {

	static final String BANNED_WORDS = "haven/banned-words.txt";

	private final CommentSettingRepository settings;

	private final CommentProperties properties;

	private final ApplicationEventPublisher events;

	/**
	 * Values read from the settings or the switches, forgotten whenever either changes.
	 */
	private final List<KeptValue<?>> keptValues = new CopyOnWriteArrayList<>();

	private final KeptValue<ModerationSettings> kept = keptUntilChanged(this::read);

	CommentSettings(CommentSettingRepository settings, CommentProperties properties, ApplicationEventPublisher events) {
		this.settings = settings;
		this.properties = properties;
		this.events = events;
	}

	/** The settings as they are now, kept until a change is announced. */
	public ModerationSettings current() {
		return kept.get();
	}

	/**
	 * A value kept until the settings or a switch change: announced by
	 * {@link CommentSettingsChanged} (relayed from other nodes too), before and again
	 * after the change commits.
	 */
	<T> KeptValue<T> keptUntilChanged(Supplier<T> read) {
		KeptValue<T> value = new KeptValue<>(read);
		keptValues.add(value);
		return value;
	}

	@EventListener
	public void on(CommentSettingsChanged event) {
		keptValues.forEach(KeptValue::forget);
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void afterCommit(CommentSettingsChanged event) {
		keptValues.forEach(KeptValue::forget);
	}

	private ModerationSettings read() {
		Map<String, String> stored = settings.findAll()
			.stream()
			.collect(Collectors.toMap(CommentSetting::getName, CommentSetting::getValue));
		Function<String, String> get = stored::get;
		return new ModerationSettings(bool(get.apply("enabled"), true),
				number(get.apply("close-after-days"), properties.closeAfterDays()),
				bool(get.apply("auto-approve"), false), number(get.apply("hold-threshold"), properties.holdThreshold()),
				number(get.apply("spam-threshold"), properties.spamThreshold()),
				stored.containsKey("banned-words") ? words(stored.get("banned-words")) : shippedBannedWords());
	}

	@Transactional
	public void save(ModerationSettings changed) {
		put("enabled", Boolean.toString(changed.enabled()));
		put("close-after-days", Integer.toString(changed.closeAfterDays()));
		put("auto-approve", Boolean.toString(changed.autoApprove()));
		put("hold-threshold", Integer.toString(changed.holdThreshold()));
		put("spam-threshold", Integer.toString(changed.spamThreshold()));
		put("banned-words", String.join("\n", changed.bannedWords()));
		events.publishEvent(new CommentSettingsChanged());
	}

	private void put(String name, String value) {
		settings.findById(name)
			.ifPresentOrElse(found -> found.setValue(value), () -> settings.save(new CommentSetting(name, value)));
	}

	/** The lines of a word list, without blanks and {@code #} comments. */
	public static List<String> words(String text) {
		return Arrays.stream(text.split("\\R"))
			.map(String::strip)
			.filter(w -> !w.isEmpty() && !w.startsWith("#"))
			.toList();
	}

	static List<String> shippedBannedWords() {
		try (InputStream in = CommentSettings.class.getClassLoader().getResourceAsStream(BANNED_WORDS)) {
			return in == null ? List.of() : CrisisLanguage.lines(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean bool(String value, boolean fallback) {
		return value == null ? fallback : Boolean.parseBoolean(value);
	}

	private static int number(String value, int fallback) {
		try {
			return value == null ? fallback : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
