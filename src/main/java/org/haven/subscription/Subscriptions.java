package org.haven.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.haven.mail.MailOutbox;
import org.haven.mail.Recipient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers do with the newsletter: sign up (double opt-in), confirm, change their
 * choices, pause, unsubscribe. Every answer to a sign-up is the same whether or not the
 * address is subscribed already.
 */
@Service
public class Subscriptions {

	private final SubscriberStore store;

	private final NewsletterLinks links;

	private final NewsletterMails mails;

	private final MailOutbox outbox;

	private final SubscriptionProperties properties;

	private final Clock clock;

	Subscriptions(SubscriberStore store, NewsletterLinks links, NewsletterMails mails, MailOutbox outbox,
			SubscriptionProperties properties, Clock clock) {
		this.store = store;
		this.links = links;
		this.mails = mails;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Keeps a pending request and mails a confirmation link. A repeat within
	 * {@code resendAfter} only updates the choices, so a form submitted a hundred times
	 * sends one mail.
	 */
	@Transactional
	public Outcome signUp(String emailInput, Choices choices) {
		Optional<String> email = EmailAddresses.normalise(emailInput);
		if (email.isEmpty()) {
			return Outcome.INVALID_ADDRESS;
		}
		Instant now = clock.instant();
		Optional<Pending> earlier = store.pendingFor(email.get());
		if (earlier.isPresent() && earlier.get().requestedAt().isAfter(now.minus(properties.resendAfter()))) {
			store.updatePendingChoices(email.get(), choices);
			return Outcome.DONE;
		}
		Pending pending = new Pending(NewsletterLinks.randomToken(), email.get(), choices, now);
		store.replacePending(pending);
		Duration within = properties.confirmWithin();
		String url = links.confirmUrl(pending.nonce(), now.plus(within));
		outbox.send("confirm", Recipient.of("confirm:" + pending.nonce(), email.get()),
				mails.confirmation(url, choices, within.toHours()));
		return Outcome.DONE;
	}

	/**
	 * Whether a confirmation link is still good, without using it (the page before the
	 * button).
	 */
	@Transactional(readOnly = true)
	public Outcome checkConfirmation(String nonce, long expires, String signature) {
		if (!links.confirmSigned(nonce, expires, signature)) {
			return Outcome.FORGED;
		}
		if (Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
			return Outcome.EXPIRED;
		}
		return store.pending(nonce).isPresent() ? Outcome.DONE : Outcome.USED;
	}

	/** Turns the pending request into a subscriber with a consent record. */
	@Transactional
	public Outcome confirm(String nonce, long expires, String signature) {
		Outcome check = checkConfirmation(nonce, expires, signature);
		if (check != Outcome.DONE) {
			if (check == Outcome.EXPIRED) {
				store.deletePending(nonce);
			}
			return check;
		}
		Pending pending = store.pending(nonce).orElseThrow();
		if (!store.deletePending(nonce)) {
			return Outcome.USED;
		}
		store.upsert(pending.email(), pending.choices(), clock.instant(), properties.consentVersion());
		return Outcome.DONE;
	}

	/** The subscriber a preferences link belongs to. */
	@Transactional(readOnly = true)
	public Optional<Subscriber> subscriber(String token, String signature) {
		if (!links.manageSigned(token, signature)) {
			return Optional.empty();
		}
		return store.byToken(token);
	}

	@Transactional
	public Outcome update(String token, String signature, Choices choices, boolean paused) {
		Optional<Subscriber> subscriber = subscriber(token, signature);
		if (subscriber.isEmpty()) {
			return links.manageSigned(token, signature) ? Outcome.UNKNOWN : Outcome.FORGED;
		}
		store.updateChoices(subscriber.get().id(), choices, paused, clock.instant());
		return Outcome.DONE;
	}

	/**
	 * Ends a subscription at once: the subscriber and every mail still queued for them
	 * go. Takes the one-click signature from the mail headers or the preferences one.
	 */
	@Transactional
	public Outcome unsubscribe(String token, String signature) {
		if (!links.unsubscribeSigned(token, signature) && !links.manageSigned(token, signature)) {
			return Outcome.FORGED;
		}
		Optional<Subscriber> subscriber = store.byToken(token);
		if (subscriber.isEmpty()) {
			return Outcome.UNKNOWN;
		}
		erase(subscriber.get());
		return Outcome.DONE;
	}

	/** The link a preferences page posts its unsubscribe button to. */
	public String unsubscribeSignature(String token) {
		return links.unsubscribeSignature(token);
	}

	/** Requests nobody confirmed in time are forgotten: they hold an address. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@Transactional
	public void forgetUnconfirmed() {
		store.deletePendingBefore(clock.instant().minus(properties.confirmWithin()));
	}

	void erase(Subscriber subscriber) {
		store.delete(subscriber.id());
		outbox.forget(subscriber.email());
	}

}
