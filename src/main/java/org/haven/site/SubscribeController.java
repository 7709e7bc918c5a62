package org.haven.site;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.article.Articles;
import org.haven.publicform.FormCheck;
import org.haven.publicform.PublicForms;
import org.haven.subscription.Choices;
import org.haven.subscription.Outcome;
import org.haven.subscription.Subscriptions;
import org.haven.taxonomy.TagCount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-up page and its answer. The answer to a sign-up is the same for every valid
 * address, subscribed or not; a refused form is re-shown with what the reader typed.
 */
@Controller
class SubscribeController {

	static final int TAG_CHOICES = 30;

	private final Subscriptions subscriptions;

	private final PublicForms forms;

	private final Articles articles;

	private final MetaFactory meta;

	SubscribeController(Subscriptions subscriptions, PublicForms forms, Articles articles, MetaFactory meta) {
		this.subscriptions = subscriptions;
		this.forms = forms;
		this.articles = articles;
		this.meta = meta;
	}

	@GetMapping("/subscribe")
	String form(Model model) {
		return page(model, "", Set.of(), "each", null, false);
	}

	@PostMapping("/subscribe")
	String signUp(@RequestParam(defaultValue = "") String email,
			@RequestParam(name = "topic", required = false) @Nullable List<String> topics,
			@RequestParam(defaultValue = "each") String frequency,
			@RequestParam(name = PublicForms.TOKEN_FIELD, required = false) @Nullable String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		// the trap field's name is a setting (haven.public-form.honeypot-field)
		String honeypot = request.getParameter(forms.protection().honeypotField());
		Set<String> chosen = (topics != null) ? Set.copyOf(topics.stream().limit(50).toList()) : Set.of();
		String typed = email.length() > 320 ? email.substring(0, 320) : email;
		FormCheck check = forms.check(request, "subscribe", token, honeypot);
		if (!check.accepted()) {
			response.setStatus(check.refusal().status());
			return page(model, typed, chosen, frequency, "subscribe.refused." + check.refusal().name(), true);
		}
		if (check.honeypotFilled()) {
			// a robot: the same answer as anyone gets, and nothing stored or sent
			return page(model, "", Set.of(), "each", "subscribe.check-inbox", false);
		}
		Outcome outcome = subscriptions.signUp(typed, Choices.of(chosen, frequency));
		if (outcome == Outcome.INVALID_ADDRESS) {
			response.setStatus(400);
			return page(model, typed, chosen, frequency, "subscribe.invalid-address", true);
		}
		return page(model, "", Set.of(), "each", "subscribe.check-inbox", false);
	}

	private String page(Model model, String email, Set<String> chosen, String frequency, @Nullable String message,
			boolean problem) {
		model.addAttribute("subscribe", new SubscribeModel("signup",
				new SubscribeModel.Chosen(email, chosen, frequency, false), topics(articles), message, problem, null));
		model.addAttribute("meta", meta.subscribe("/subscribe", true));
		return "subscribe";
	}

	/** Categories, the most used tags (alphabetical), and authors. */
	static SubscribeModel.Topics topics(Articles articles) {
		List<TagCount> tags = articles.tags()
			.stream()
			.sorted((a, b) -> Long.compare(b.count(), a.count()))
			.limit(TAG_CHOICES)
			.sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
			.toList();
		return new SubscribeModel.Topics(articles.categories(), tags, articles.authors());
	}

}
