package org.haven.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

class OriginCheckUnitTest {

	final OriginCheck check = new OriginCheck(URI.create("https://journal.example.org"));

	@Test
	void acceptsTheSiteItselfByOriginWhateverTheCaseOrDefaultPort() {
		assertThat(check.sameSite(post("Origin", "https://journal.example.org"))).isTrue();
		assertThat(check.sameSite(post("Origin", "HTTPS://Journal.Example.org:443"))).isTrue();
	}

	@Test
	void acceptsTheHostTheRequestWasAddressedTo() {
		MockHttpServletRequest request = post("Origin", "http://localhost:8112");
		request.setServerName("localhost");
		request.setServerPort(8112);
		assertThat(check.sameSite(request)).isTrue();
	}

	@Test
	void refusesAnotherSiteByOriginEvenWhenTheRefererLooksRight() {
		MockHttpServletRequest request = post("Origin", "https://evil.example.net");
		request.addHeader("Referer", "https://journal.example.org/articles/x");
		assertThat(check.sameSite(request)).isFalse();
		assertThat(check.sameSite(post("Origin", "https://journal.example.org.evil.net"))).isFalse();
		assertThat(check.sameSite(post("Origin", "http://journal.example.org"))).isFalse();
	}

	@Test
	void fallsBackToTheRefererWhenThereIsNoOrigin() {
		assertThat(check.sameSite(post("Referer", "https://journal.example.org/articles/x?y=1"))).isTrue();
		assertThat(check.sameSite(post("Referer", "https://elsewhere.example/page"))).isFalse();
	}

	@Test
	void treatsAnOpaqueOrUnreadableOriginAsForeign() {
		assertThat(check.sameSite(post("Origin", "null"))).isFalse();
		assertThat(check.sameSite(post("Origin", "file:///etc/passwd"))).isFalse();
		assertThat(check.sameSite(post("Origin", "http://[broken"))).isFalse();
	}

	@Test
	void leavesARequestWithNeitherHeaderToTheOtherChecks() {
		assertThat(check.sameSite(new MockHttpServletRequest("POST", "/f"))).isTrue();
	}

	static MockHttpServletRequest post(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/f");
		request.setServerName("internal-host");
		request.setServerPort(8080);
		request.addHeader(header, value);
		return request;
	}

}
