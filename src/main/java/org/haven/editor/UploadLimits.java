package org.haven.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Upload sizes per address, checked before anything reads the body. The servlet container
 * has one multipart limit ({@code spring.servlet.multipart.*}), set for the largest
 * upload, the WordPress export; every other multipart request (images) keeps the smaller
 * limit here. A request over its limit gets 413 and a page that says so, rather than the
 * container's parse failure, which would surface as a missing CSRF token (403) because
 * the token is in the body it could not read. A request without a declared length is left
 * to the container's limit.
 */
@Component
class UploadLimits extends OncePerRequestFilter implements Ordered {

	/** Images: the media library's own limit plus room for the form around it. */
	static final DataSize OTHER_UPLOADS = DataSize.ofMegabytes(11);

	private final DataSize importLimit;

	// the property rather than Boot's MultipartProperties bean: this filter is also part
	// of
	// the web test slices, which have no multipart configuration
	UploadLimits(@Value("${spring.servlet.multipart.max-request-size:10MB}") String importLimit) {
		this.importLimit = DataSize.parse(importLimit);
	}

	@Override
	public int getOrder() {
		// before the security chain (-100), which reads the CSRF token from the body
		return Ordered.HIGHEST_PRECEDENCE + 50;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DataSize limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
		if (request.getContentLengthLong() > limit.toBytes()) {
			refuse(response, limit);
			return;
		}
		chain.doFilter(request, response);
	}

	DataSize limitFor(String path) {
		return path.equals(WordPressUploadController.PATH) ? importLimit : OTHER_UPLOADS;
	}

	private static void refuse(HttpServletResponse response, DataSize limit) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType("text/html;charset=UTF-8");
		// the connection closes: the rest of the body is not read
		response.setHeader("Connection", "close");
		// it leaves before the security chain, which sets these on every other response
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getOutputStream()
			.write(("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<title>File too large · Haven editor</title>"
					+ "<link rel=\"stylesheet\" href=\"/admin/assets/admin.css\"></head>"
					+ "<body><main id=\"main\"><h1>The file is too large</h1><p>Uploads here may be at most "
					+ limit.toMegabytes() + " MB. Nothing was stored. Go back, and choose a smaller file; a larger "
					+ "WordPress export can be imported on the server with <code>java -jar haven.jar "
					+ "import-wordpress export.xml</code>.</p></main></body></html>")
				.getBytes(StandardCharsets.UTF_8));
	}

}
