package org.haven.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.config.PublicFormEndpoint;
import org.haven.config.SiteKeys;
import org.haven.config.SiteProperties;
import org.haven.config.SiteSecurity;
import org.haven.support.MigratedDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A reader form declared as a {@link PublicFormEndpoint} is posted without CSRF token,
 * session or cookie; its protection is {@link PublicForms}. Every other POST keeps CSRF.
 * The site's MVC configurers and controller advice are left out: they need the content
 * and media modules, which this slice has no use for.
 */
@WebMvcTest(controllers = PublicFormSecurityIntegrationTest.Signup.class,
		excludeFilters = { @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = WebMvcConfigurer.class),
				@Filter(type = FilterType.ANNOTATION, classes = ControllerAdvice.class) })
@Import({ SiteSecurity.class, PublicForms.class, PublicFormSecurityIntegrationTest.Parts.class,
		PublicFormSecurityIntegrationTest.Signup.class })
@TestPropertySource(properties = { "haven.site.data-dir=target/test-data", "haven.site.base-url=https://journal.test" })
class PublicFormSecurityIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicForms forms;

	@Test
	void aReaderFormIsPostedWithoutCsrfTokenAndGetsNoSessionOrCookie() throws Exception {
		String token = forms.protection().token();
		MvcResult result = mvc
			.perform(post("/test-form").header("Origin", "https://journal.test")
				.param(PublicForms.TOKEN_FIELD, token)
				.param("website", ""))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().exists("Content-Security-Policy"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getContentAsString()).startsWith("accepted");
	}

	@Test
	void aCrossSitePostOrAForgedTokenIsRefusedByTheFormProtection() throws Exception {
		mvc.perform(post("/test-form").header("Origin", "https://evil.test")
			.param(PublicForms.TOKEN_FIELD, forms.protection().token())).andExpect(status().isForbidden());
		mvc.perform(post("/test-form").param(PublicForms.TOKEN_FIELD, "abc.forged")).andExpect(status().isBadRequest());
	}

	@Test
	void everyOtherPostStillNeedsACsrfToken() throws Exception {
		mvc.perform(post("/test-form/elsewhere")).andExpect(status().isForbidden());
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ SiteProperties.class, PublicFormProperties.class })
	static class Parts {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		SiteKeys siteKeys() {
			return MigratedDatabase.siteKeys(MigratedDatabase.latest());
		}

		@Bean
		PublicFormEndpoint testForm() {
			return new PublicFormEndpoint("/test-form");
		}

	}

	@RestController
	static class Signup {

		private final PublicForms forms;

		Signup(PublicForms forms) {
			this.forms = forms;
		}

		@PostMapping({ "/test-form", "/test-form/elsewhere" })
		String post(HttpServletRequest request, HttpServletResponse response,
				@RequestParam(name = PublicForms.TOKEN_FIELD, required = false) String token,
				@RequestParam(name = "website", required = false) String honeypot) {
			FormCheck check = forms.check(request, "test", token, honeypot);
			if (!check.accepted()) {
				response.setStatus(check.refusal().status());
				return "refused";
			}
			return "accepted" + (check.tooFast() ? " (too fast)" : "");
		}

	}

}
