package org.haven.taxonomy;

import java.time.Clock;
import java.util.Optional;

import org.haven.taxonomy.SlugRedirect.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Old slugs of renamed and merged tags and categories. A chain of renames always points
 * straight at the newest slug, and a slug that comes back into use stops redirecting.
 */
@Component
public class SlugRedirects {

	private final SlugRedirectRepository redirects;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SlugRedirects(SlugRedirectRepository redirects, TransactionTemplate transaction, Clock clock) {
		this.redirects = redirects;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Where a renamed or merged category lives now, if {@code slug} is an old category
	 * slug.
	 */
	public Optional<String> category(String slug) {
		return find(Kind.CATEGORY, slug);
	}

	/** Where a renamed or merged tag lives now, if {@code slug} is an old tag slug. */
	public Optional<String> tag(String slug) {
		return find(Kind.TAG, slug);
	}

	/**
	 * Sends {@code from} to {@code to}, and re-points older redirects to {@code from} at
	 * {@code to}.
	 */
	void record(Kind kind, String from, String to) {
		if (from.equals(to)) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			forget(kind, to);
			for (SlugRedirect older : redirects.findByKindAndToSlug(kind, from)) {
				older.pointTo(to);
			}
			redirects.save(new SlugRedirect(kind, from, to, clock.instant()));
		});
	}

	/** The slug is in use again: it no longer redirects. */
	void forget(Kind kind, String slug) {
		redirects.deleteById(new SlugRedirect.Key(kind, slug));
	}

	Optional<String> find(Kind kind, String slug) {
		return redirects.findById(new SlugRedirect.Key(kind, slug)).map(SlugRedirect::getToSlug);
	}

}
