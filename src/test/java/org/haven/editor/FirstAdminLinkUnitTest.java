package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/**
 * The setup link is logged where the person starting Haven can open it: a site still on
 * this machine's address gets the port Haven really listens on.
 */
class FirstAdminLinkUnitTest {

	@Test
	void theDefaultAddressTakesThePortHavenListensOn() {
		assertThat(FirstAdmin.localAddress(URI.create("http://localhost:8080"), "8099"))
			.contains("http://localhost:8099");
		assertThat(FirstAdmin.localAddress(URI.create("http://127.0.0.1"), "8099")).contains("http://127.0.0.1:8099");
	}

	@Test
	void aPublicAddressOrTheSamePortIsKept() {
		assertThat(FirstAdmin.localAddress(URI.create("https://calm.example.org"), "8080")).isEmpty();
		assertThat(FirstAdmin.localAddress(URI.create("http://localhost:8080"), "8080")).isEmpty();
		assertThat(FirstAdmin.localAddress(URI.create("http://localhost:8080"), null)).isEmpty();
	}

}
