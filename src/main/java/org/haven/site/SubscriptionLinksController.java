package org.haven.site;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.article.Articles;
import org.haven.subscription.Choices;
import org.haven.subscription.Frequency;
import org.haven.subscription.Outcome;
import org.haven.subscription.Subscriber;
import org.haven.subscription.Subscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages mailed links open: confirm a sign-up, manage a subscription, unsubscribe.
 * Opening a link changes nothing (mail scanners open links too); a button on the page
 * does. The unsubscribe address also takes the RFC 8058 one-click POST a mail client
 * sends by itself. These pages are personal, so never cached or shared.
 */
@Controller
class SubscriptionLinksController {

	private final Subscriptions subscriptions;

	private final Articles articles;

	private final MetaFactory meta;

	SubscriptionLinksController(Subscriptions subscriptions, Articles articles, MetaFactory meta) {
		this.subscriptions = subscriptions;
		this.articles = articles;
		this.meta = meta;
	}

	@GetMapping("/subscribe/confirm")
	String askToConfirm(@RequestParam(defaultValue = "") String r, @RequestParam(defaultValue = "") String e,
			@RequestParam(defaultValue = "") String s, HttpServletResponse response, Model model) {
		Outcome check = subscriptions.checkConfirmation(r, seconds(e), s);
		if (check != Outcome.DONE) {
			return answer(model, response, check, "confirm");
		}
		return link(model, response, "confirm-ask", null, new LinkModel.Hidden(r, e, s));
	}

	@PostMapping("/subscribe/confirm")
	String confirm(@RequestParam(defaultValue = "") String r, @RequestParam(defaultValue = "") String e,
			@RequestParam(defaultValue = "") String s, HttpServletResponse response, Model model) {
		return answer(model, response, subscriptions.confirm(r, seconds(e), s), "confirm");
	}

	@GetMapping("/subscribe/manage")
	String manage(@RequestParam(defaultValue = "") String t, @RequestParam(defaultValue = "") String s,
			HttpServletResponse response, Model model) {
		Optional<Subscriber> subscriber = subscriptions.subscriber(t, s);
		if (subscriber.isEmpty()) {
			return answer(model, response, Outcome.UNKNOWN, "manage");
		}
		return manageForm(model, response, subscriber.get(), t, s, null);
	}

	@PostMapping("/subscribe/manage")
	String update(@RequestParam(defaultValue = "") String t, @RequestParam(defaultValue = "") String s,
			@RequestParam(name = "topic", required = false) java.util.@Nullable List<String> topics,
			@RequestParam(defaultValue = "each") String frequency, @RequestParam(defaultValue = "false") boolean paused,
			HttpServletResponse response, Model model) {
		Set<String> chosen = (topics != null) ? Set.copyOf(topics.stream().limit(50).toList()) : Set.of();
		Outcome outcome = subscriptions.update(t, s, Choices.of(chosen, frequency), paused);
		if (outcome != Outcome.DONE) {
			return answer(model, response, outcome, "manage");
		}
		return manageForm(model, response, subscriptions.subscriber(t, s).orElseThrow(), t, s, "subscribe.saved");
	}

	@GetMapping("/subscribe/unsubscribe")
	String askToUnsubscribe(@RequestParam(defaultValue = "") String t, @RequestParam(defaultValue = "") String s,
			HttpServletResponse response, Model model) {
		return link(model, response, "unsubscribe-ask", null, new LinkModel.Hidden(t, "", s));
	}

	/**
	 * The button on the page, and the one-click POST of RFC 8058 (no cookie, no CSRF
	 * token).
	 */
	@PostMapping("/subscribe/unsubscribe")
	String unsubscribe(@RequestParam(defaultValue = "") String t, @RequestParam(defaultValue = "") String s,
			HttpServletResponse response, Model model) {
		return answer(model, response, subscriptions.unsubscribe(t, s), "unsubscribe");
	}

	private String manageForm(Model model, HttpServletResponse response, Subscriber subscriber, String token,
			String signature, @Nullable String message) {
		Choices choices = subscriber.choices();
		Set<String> chosen = choices.topics().stream().map(Object::toString).collect(Collectors.toSet());
		String frequency = (choices.frequency() == Frequency.WEEKLY) ? "weekly" : "each";
		model.addAttribute("subscribe",
				new SubscribeModel("manage",
						new SubscribeModel.Chosen(subscriber.email(), chosen, frequency, subscriber.paused()),
						SubscribeController.topics(articles), message, false,
						new SubscribeModel.Link(token, signature, subscriptions.unsubscribeSignature(token))));
		model.addAttribute("meta", meta.subscribe("/subscribe/manage", false));
		personal(response);
		return "subscribe";
	}

	private String answer(Model model, HttpServletResponse response, Outcome outcome, String action) {
		response.setStatus(switch (outcome) {
			case DONE -> 200;
			case EXPIRED, USED -> 410;
			case UNKNOWN -> 404;
			case FORGED, INVALID_ADDRESS -> 400;
		});
		String key = "subscribe." + action + "." + outcome.name().toLowerCase(java.util.Locale.ROOT);
		return link(model, response, "answer", key, null);
	}

	private String link(Model model, HttpServletResponse response, String view, @Nullable String message,
			LinkModel.@Nullable Hidden hidden) {
		model.addAttribute("link", new LinkModel(view, message, hidden));
		model.addAttribute("meta", meta.subscribe("/subscribe", false));
		personal(response);
		return "subscribe-link";
	}

	private static void personal(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

	private static long seconds(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
