package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand from a chosen local address, as a reverse proxy on this
 * machine sends it: every loopback address (127.0.0.2, 127.0.0.3, ...) is a different
 * client to the server, so a test can be a trusted proxy and an untrusted client at once.
 */
public final class RawHttp {

	private final int port;

	private final InetAddress from;

	public RawHttp(int port, String fromAddress) {
		this.port = port;
		try {
			this.from = InetAddress.getByName(fromAddress);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A response: its status, its head (status line and headers) and body. */
	public record Response(int status, String head, String body) {

		public Optional<String> header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return head.lines()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map(line -> line.substring(prefix.length()).strip())
				.findFirst();
		}

	}

	public Response get(String path, String... headers) {
		return send("GET", path, "", headers);
	}

	public Response postForm(String path, String form, String... headers) {
		String[] all = new String[headers.length + 2];
		System.arraycopy(headers, 0, all, 0, headers.length);
		all[headers.length] = "Content-Type";
		all[headers.length + 1] = "application/x-www-form-urlencoded";
		return send("POST", path, form, all);
	}

	private Response send(String method, String path, String body, String... headers) {
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nConnection: close\r\nAccept: text/html\r\n");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		request.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().write(bytes);
			String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			String head = split < 0 ? text : text.substring(0, split);
			return new Response(Integer.parseInt(head.substring(9, 12)), head,
					split < 0 ? "" : text.substring(split + 4));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
