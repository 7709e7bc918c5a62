package org.haven.publicform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.haven.config.SigningKey;
import org.haven.config.SiteKeys;
import org.haven.config.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one entry point reader forms use. A page serving a form asks for
 * {@link #protection()}; the controller receiving it calls {@link #check} first, turns
 * the request away on a refusal, and counts a filled honeypot or a too-fast submission as
 * it sees fit (comments score them as spam). See {@code docs/public-forms.md}.
 */
@Component
public class PublicForms {

	/** The name of the hidden field carrying the form token. */
	public static final String TOKEN_FIELD = "form-token";

	private final PublicFormProperties properties;

	private final Clock clock;

	private final OriginCheck origins;

	private final FormTokens tokens;

	private final AddressRateLimit rateLimit;

	@Autowired
	PublicForms(PublicFormProperties properties, SiteProperties site, SiteKeys keys, Clock clock) {
		this(properties, site, FormKey.of(keys, site), clock);
	}

	PublicForms(PublicFormProperties properties, SiteProperties site, SigningKey key, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.origins = new OriginCheck(site.baseUrl());
		this.tokens = new FormTokens(key, properties.tokenBucket(), properties.tokenLifetime());
		this.rateLimit = new AddressRateLimit(properties.rateLimit(), properties.rateWindow(), clock);
	}

	/** The hidden fields for a form served now. */
	public FormProtection protection() {
		return new FormProtection(TOKEN_FIELD, tokens.issue(clock.instant()), properties.honeypotField());
	}

	/**
	 * Checks a submission of the form named {@code form} ("comment", "subscribe"...), in
	 * this order: origin, token, rate limit (which counts only submissions that passed
	 * the first two), then the signals that do not refuse by themselves.
	 */
	public FormCheck check(HttpServletRequest request, String form, @Nullable String token, @Nullable String honeypot) {
		if (!origins.sameSite(request)) {
			return FormCheck.refused(PublicFormRefusal.CROSS_SITE);
		}
		Instant now = clock.instant();
		Instant issued = tokens.issuedAt(token, now);
		if (issued == null) {
			return FormCheck.refused(PublicFormRefusal.BAD_TOKEN);
		}
		if (!rateLimit.tryAcquire(form, request.getRemoteAddr())) {
			return FormCheck.refused(PublicFormRefusal.RATE_LIMITED);
		}
		boolean tooFast = Duration.between(issued, now).compareTo(properties.minFillTime()) < 0;
		return new FormCheck(null, honeypot != null && !honeypot.isEmpty(), tooFast);
	}

}
