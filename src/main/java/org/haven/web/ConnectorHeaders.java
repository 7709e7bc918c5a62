package org.haven.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Prepared pages hand Tomcat their headers as bytes. Given a {@code String}, Tomcat
 * encodes each header value when it sends it, one character at a time through a new
 * encoder: a profile of cached article pages under load put a fifth of the serving
 * threads' samples there. A valve lends the filter the connector's header table, where
 * bytes can be put directly; without it (another container, a test's mock request) pages
 * take the servlet API as before.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorHeaders {

	static final String ATTRIBUTE = ConnectorHeaders.class.getName() + ".table";

	private static volatile DateHeader lastDate = new DateHeader("", Header.of("Date", ""));

	@Bean
	TomcatContextCustomizer lendHeaderTable() {
		return context -> context.getPipeline().addValve(new LendHeaderTable());
	}

	/**
	 * The connector's header table for this response, while nothing has been put in it;
	 * otherwise null, and the caller uses the servlet API.
	 */
	static @Nullable MimeHeaders emptyTable(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof org.apache.coyote.Response response && !response.isCommitted()
				&& response.getMimeHeaders().size() == 0) {
			return response.getMimeHeaders();
		}
		return null;
	}

	/**
	 * The language the full path gave this response ({@code setLocale}), which Tomcat
	 * sends as {@code Content-Language} without listing it among the headers; null when
	 * none was set or there is no connector.
	 */
	static @Nullable String contentLanguage(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof org.apache.coyote.Response response
				? response.getContentLanguage() : null;
	}

	/** Adds a header whose name and value are already bytes. */
	static void add(MimeHeaders table, Header header) {
		table.addValue(header.name(), 0, header.name().length).setBytes(header.value(), 0, header.value().length);
	}

	/**
	 * Adds the current {@code Date}, which Tomcat would otherwise add as a string; the
	 * bytes change once a second.
	 */
	static void addDate(MimeHeaders table) {
		String now = FastHttpDateFormat.getCurrentDate();
		DateHeader date = lastDate;
		if (!date.text().equals(now)) {
			date = new DateHeader(now, Header.of("Date", now));
			lastDate = date;
		}
		add(table, date.header());
	}

	/** The {@code Date} header last prepared, with the text it was made from. */
	private record DateHeader(String text, Header header) {
	}

	/**
	 * One header as the bytes sent. Only headers Tomcat would send unchanged are
	 * prepared: printable ISO-8859-1 without control characters.
	 */
	record Header(byte[] name, byte[] value) {

		static Header of(String name, String value) {
			return new Header(name.getBytes(StandardCharsets.ISO_8859_1), value.getBytes(StandardCharsets.ISO_8859_1));
		}

		static boolean sendable(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if ((c < ' ' && c != '\t') || c == 127 || c > 255) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The headers as bytes, in order, or null when one of them must go through the
		 * servlet API.
		 */
		static @Nullable List<Header> allOf(Map<String, List<String>> headers) {
			List<Header> prepared = new ArrayList<>();
			for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
				if (!sendable(entry.getKey())) {
					return null;
				}
				for (String value : entry.getValue()) {
					if (!sendable(value)) {
						return null;
					}
					prepared.add(of(entry.getKey(), value));
				}
			}
			return List.copyOf(prepared);
		}

	}

	/** Puts the connector's response where the page cache finds it. */
	static final class LendHeaderTable extends ValveBase {

		LendHeaderTable() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			request.setAttribute(ATTRIBUTE, response.getCoyoteResponse());
			getNext().invoke(request, response);
		}

	}

}
