package org.haven.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP server that accepts every message and keeps none, so a send benchmark
 * measures Haven rather than a mail store filling the heap. Run on its own (as
 * {@code bench/newsletter.sh} does, from this source file), it prints {@code port N},
 * then {@code connection N} for each SMTP session and {@code mail N <epoch ms>} for each
 * message accepted.
 *
 * <pre>
 * java bench/src/main/java/org/haven/bench/SmtpSink.java
 * </pre>
 */
public final class SmtpSink implements AutoCloseable {

	private static volatile boolean printing;

	public static void main(String[] args) throws Exception {
		printing = true;
		SmtpSink sink = new SmtpSink();
		System.out.println("port " + sink.port());
		System.out.flush();
		Thread.currentThread().join();
	}

	private final AtomicLong connections = new AtomicLong();

	private final ServerSocket server;

	private final AtomicLong received = new AtomicLong();

	SmtpSink() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(this::acceptLoop, "smtp-sink");
		accept.setDaemon(true);
		accept.start();
	}

	int port() {
		return server.getLocalPort();
	}

	long received() {
		return received.get();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				print("connection " + connections.incrementAndGet());
				Thread session = new Thread(() -> serve(socket), "smtp-sink-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 sink ESMTP");
			String line;
			boolean data = false;
			while ((line = in.readLine()) != null) {
				if (data) {
					if (line.equals(".")) {
						data = false;
						print("mail " + received.incrementAndGet() + " " + System.currentTimeMillis());
						reply(out, "250 OK");
					}
					continue;
				}
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 sink");
					case "DATA" -> {
						data = true;
						reply(out, "354 go on");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void print(String line) {
		if (printing) {
			synchronized (System.out) {
				System.out.println(line);
				System.out.flush();
			}
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
