package org.haven.subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.haven.mail.MailGroupStats;
import org.haven.mail.MailOutbox;
import org.haven.mail.MailTemplates;
import org.haven.mail.Recipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with subscribers: counts by choice, a searchable list, a CSV export
 * read a page at a time, erasure (with every mail still queued for them), the sending
 * stats, and a test of an article's mail to their own address.
 */
@Service
public class SubscriberAdmin {

	static final int EXPORT_PAGE = 1000;

	private final SubscriberStore store;

	private final Subscriptions subscriptions;

	private final MailOutbox outbox;

	private final MailTemplates templates;

	SubscriberAdmin(SubscriberStore store, Subscriptions subscriptions, MailOutbox outbox, MailTemplates templates) {
		this.store = store;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.templates = templates;
	}

	/**
	 * {@code all}, {@code paused}, {@code site}, {@code frequency:WEEKLY},
	 * {@code tag:sleep}...
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> counts() {
		return store.countsByChoice();
	}

	/**
	 * A page (from 1) of subscribers whose address contains {@code query}, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Subscriber> search(String query, int page, int size) {
		return store.search(query.strip(), Math.max(0, page - 1) * size, size);
	}

	@Transactional(readOnly = true)
	public long count(String query) {
		return store.count(query.strip());
	}

	/** Every subscriber as CSV, a page at a time, so memory stays flat however many. */
	public void exportCsv(Writer out) {
		try {
			out.write("email,follows,frequency,paused,consent_at,consent_version\r\n");
			long after = 0;
			while (true) {
				List<Subscriber> page = store.pageAfter(after, EXPORT_PAGE);
				for (Subscriber s : page) {
					String follows = s.choices().wholeSite() ? "site"
							: s.choices()
								.topics()
								.stream()
								.map(Topic::toString)
								.sorted()
								.collect(Collectors.joining(" "));
					out.write(String.join(",", cell(s.email()), cell(follows), s.choices().frequency().name(),
							String.valueOf(s.paused()), s.consentAt().toString(), cell(s.consentVersion())) + "\r\n");
				}
				if (page.size() < EXPORT_PAGE) {
					break;
				}
				after = page.get(page.size() - 1).id();
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** GDPR erasure: the subscriber, their topics and their queued mail. */
	@Transactional
	public boolean erase(long id) {
		Optional<Subscriber> subscriber = store.byId(id);
		subscriber.ifPresent(subscriptions::erase);
		return subscriber.isPresent();
	}

	public List<MailGroupStats> sendingStats() {
		return outbox.stats();
	}

	/** The article's mail as subscribers would get it, to {@code to} only. */
	public void sendTest(MailArticle article, String to) {
		var message = templates.render("email/post", templates.message("email.test.subject", article.title()),
				Map.of("article", article, "preferencesUrl", "{{preferencesUrl}}"));
		outbox.send("test", new Recipient("test:" + NewsletterLinks.randomToken(), to,
				Map.of("preferencesUrl", article.url()), Map.of()), message);
	}

	/** Quotes a cell, and defuses a leading {@code = + - @} a spreadsheet would run. */
	static String cell(String value) {
		String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
