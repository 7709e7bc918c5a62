package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.haven.support.BrowserForms;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Debian's nginx in front of Haven with the configuration from {@code docs/deploy.md}
 * (only ports, certificate and upstream replaced, and nginx connecting from the test's
 * trusted proxy address): TLS ends at nginx, and Haven still sees the client's address,
 * sets {@code Secure} cookies and HSTS, and redirects to https on nginx's port.
 */
@EditorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxProxyIntegrationTest {

	static final Path NGINX = Path.of("/usr/sbin/nginx");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int havenPort;

	@Autowired
	LoginThrottle throttle;

	Path dir;

	Process nginx;

	int tlsPort;

	int plainPort;

	HttpClient client;

	@BeforeAll
	void startNginx() throws Exception {
		assertThat(NGINX).as("nginx is needed: apt-get install -y nginx-light (./test.sh installs it)").exists();
		dir = Files.createTempDirectory("haven-nginx");
		tlsPort = freePort();
		plainPort = freePort();
		run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "1",
				"-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString());
		Files.writeString(dir.resolve("nginx.conf"), mainConfig(siteFromDocs()));
		for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
			Files.createDirectories(dir.resolve(temp));
		}
		nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("nginx.out").toFile())
			.start();
		waitForPort(tlsPort);
		client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.sslContext(trustingTheTestCertificate())
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	@AfterAll
	void stopNginx() throws Exception {
		throttle.forgetAll();
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void behindNginxHavenSeesTheClientUsesSecureCookiesAndRedirectsOnHttps() throws Exception {
		HttpResponse<String> login = send(get("/login"));
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Secure"));
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
		String token = csrf(login.body());

		HttpResponse<String> signedIn = send(
				signIn(EditorIntegrationTest.ADMIN_EMAIL, EditorIntegrationTest.ADMIN_PASSWORD, token));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).isIn("/admin", "https://localhost:" + tlsPort + "/admin"));
		assertThat(send(get("/admin")).statusCode()).isEqualTo(200);

		String fresh = csrf(send(get("/login")).body());
		for (int i = 0; i < 20; i++) {
			send(signIn("nobody-behind-nginx-" + i + "@haven.test", "a wrong password", fresh));
		}
		assertThat(throttle.locked("someone@haven.test", "127.0.0.1")).as("the client, as nginx saw it").isTrue();
		assertThat(throttle.locked("someone@haven.test", EditorIntegrationTest.TRUSTED_PROXY))
			.as("nginx itself is not counted")
			.isFalse();
	}

	@Test
	void plainHttpIsSentToHttps() throws Exception {
		HttpResponse<String> plain = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + plainPort + "/articles/x")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.statusCode()).isEqualTo(301);
		assertThat(plain.headers().firstValue("Location")).hasValue("https://localhost/articles/x");
	}

	@Test
	void pagesArriveInHavensOwnGzipAndFingerprintedAssetsAreKeptAYear() throws Exception {
		HttpResponse<String> home = send(get("/"));
		Matcher css = Pattern.compile("/themes/calm/css/calm\\.[0-9a-f]{8,}\\.css").matcher(home.body());
		assertThat(css.find()).isTrue();

		HttpResponse<byte[]> zipped = client.send(get("/").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		HttpResponse<String> asset = send(get(css.group()));
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
	}

	/**
	 * The {@code nginx} block of docs/deploy.md, pointed at this test's ports and files.
	 */
	private String siteFromDocs() throws IOException {
		String docs = Files.readString(Path.of("docs/deploy.md"));
		Matcher block = Pattern.compile("```nginx\\n(.*?)```", Pattern.DOTALL).matcher(docs);
		assertThat(block.find()).as("an nginx block in docs/deploy.md").isTrue();
		String site = block.group(1)
			.replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + havenPort + ";")
			.replace("listen 80;", "listen 127.0.0.1:" + plainPort + ";")
			.replace("listen 443 ssl http2;", "listen 127.0.0.1:" + tlsPort + " ssl http2;")
			.replace("/etc/letsencrypt/live/example.org/fullchain.pem", dir.resolve("cert.pem").toString())
			.replace("/etc/letsencrypt/live/example.org/privkey.pem", dir.resolve("key.pem").toString())
			.replace("proxy_http_version 1.1;",
					"proxy_http_version 1.1;\n    proxy_bind " + EditorIntegrationTest.TRUSTED_PROXY + ";");
		return site.lines().filter(line -> !line.contains("listen [::]")).reduce("", (a, b) -> a + b + "\n");
	}

	private String mainConfig(String site) {
		return """
				daemon off;
				master_process off;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 128; }
				http {
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				%2$s
				}
				""".formatted(dir, site);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30));
	}

	private HttpRequest.Builder signIn(String email, String password, String token) {
		String form = "email=" + BrowserForms.encode(email) + "&password=" + BrowserForms.encode(password) + "&_csrf="
				+ BrowserForms.encode(token);
		return HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("a CSRF token in the sign-in page").isTrue();
		return m.group(1);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void waitForPort(int port) throws Exception {
		for (int i = 0; i < 100; i++) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException notYet) {
				assertThat(nginx.isAlive()).as("nginx: %s", Files.readString(dir.resolve("nginx.out"))).isTrue();
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not listen on " + port);
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as("%s: %s", command[0], output).isZero();
	}

	/** The test's own self-signed certificate is the only one this client meets. */
	private static SSLContext trustingTheTestCertificate() throws Exception {
		TrustManager trustAll = new X509TrustManager() {
			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		};
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { trustAll }, new SecureRandom());
		return context;
	}

}
