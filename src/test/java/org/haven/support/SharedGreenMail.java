package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One in-process GreenMail SMTP server for the whole test run, on a free loopback port,
 * and the initializer that points {@code spring.mail.*} at it. Tests purge it before they
 * start and read what it received.
 */
public final class SharedGreenMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	public static void purge() {
		server().reset();
	}

	public static List<MimeMessage> received() {
		return Arrays.asList(server().getReceivedMessages());
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("sharedGreenMail",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(port()))));
	}

}
