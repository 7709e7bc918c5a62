package org.haven.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.haven.config.SiteProperties;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockHttpServletRequest;

class PublicFormsUnitTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	Path data;

	PublicForms forms() {
		return new PublicForms(PublicFormProperties.defaults(), site(data), FormTokensUnitTest.key("one"), clock);
	}

	@Test
	void acceptsAFormSentBackBySomeoneWhoTookTheirTime() {
		PublicForms forms = forms();
		FormProtection protection = forms.protection();
		clock.advance(Duration.ofMinutes(2));
		FormCheck check = forms.check(post("https://journal.example.org"), "comment", protection.token(), "");
		assertThat(check.accepted()).isTrue();
		assertThat(check.tooFast()).isFalse();
		assertThat(check.honeypotFilled()).isFalse();
		assertThat(protection.tokenField()).isEqualTo("form-token");
		assertThat(protection.honeypotField()).isEqualTo("website");
	}

	@Test
	void notesAFilledHoneypotAndASubmissionTooFastForAPerson() {
		PublicForms forms = forms();
		String token = forms.protection().token();
		clock.advance(Duration.ofMillis(500));
		FormCheck check = forms.check(post(null), "comment", token, "http://spam.example");
		assertThat(check.accepted()).isTrue();
		assertThat(check.honeypotFilled()).isTrue();
		assertThat(check.tooFast()).isTrue();
	}

	@Test
	void refusesCrossSitePostsBeforeLookingAtTheToken() {
		PublicForms forms = forms();
		assertThat(forms.check(post("https://evil.example"), "comment", forms.protection().token(), null).refusal())
			.isEqualTo(PublicFormRefusal.CROSS_SITE);
	}

	@Test
	void refusesAForgedOrExpiredToken() {
		PublicForms forms = forms();
		String token = forms.protection().token();
		assertThat(forms.check(post(null), "comment", "1.forged", null).refusal())
			.isEqualTo(PublicFormRefusal.BAD_TOKEN);
		assertThat(forms.check(post(null), "comment", null, null).refusal()).isEqualTo(PublicFormRefusal.BAD_TOKEN);
		clock.advance(Duration.ofHours(25));
		assertThat(forms.check(post(null), "comment", token, null).refusal()).isEqualTo(PublicFormRefusal.BAD_TOKEN);
	}

	@Test
	void rateLimitsOneAddressAfterTenSubmissionsInTenMinutes() {
		PublicForms forms = forms();
		String token = forms.protection().token();
		clock.advance(Duration.ofMinutes(1));
		for (int i = 0; i < 10; i++) {
			assertThat(forms.check(post(null), "comment", token, null).accepted()).isTrue();
		}
		assertThat(forms.check(post(null), "comment", token, null).refusal()).isEqualTo(PublicFormRefusal.RATE_LIMITED);
		assertThat(PublicFormRefusal.RATE_LIMITED.status()).isEqualTo(429);
	}

	static MockHttpServletRequest post(String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/articles/x/comments");
		request.setRemoteAddr("203.0.113.7");
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		return request;
	}

	static SiteProperties site(Path data) {
		return new SiteProperties("Haven", "d", URI.create("https://journal.example.org"), null,
				java.util.Locale.forLanguageTag("en-GB"), data, "GB", java.time.ZoneId.of("UTC"));
	}

}
