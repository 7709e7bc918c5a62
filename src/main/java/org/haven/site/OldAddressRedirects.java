package org.haven.site;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A GET or HEAD that found nothing at an address the site used to have
 * ({@link OldAddresses}) is redirected permanently, whatever the client accepts: feed
 * readers, crawlers and link checkers ask for XML or anything, not only browsers for
 * HTML. It acts in the error dispatch, so the addresses Haven answers itself never pay
 * for the look-up; the one exception is the home page asked with one of WordPress's
 * parameters ({@link OldQueries}), which is a WordPress address before it is Haven's.
 */
class OldAddressRedirects extends OncePerRequestFilter {

	private final OldAddresses oldAddresses;

	private final OldQueries oldQueries;

	OldAddressRedirects(OldAddresses oldAddresses, OldQueries oldQueries) {
		this.oldAddresses = oldAddresses;
		this.oldQueries = oldQueries;
	}

	// registered for the error dispatch too, which OncePerRequestFilter skips by default
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		if (read && request.getDispatcherType() == DispatcherType.REQUEST) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String query = request.getQueryString();
			if ((path.equals("/") || path.equals("/index.php")) && oldQueries.asks(query, request::getParameter)) {
				String moved = oldQueries.newAddressOf(query, request::getParameter).orElse(null);
				if (moved == null) {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
				}
				else {
					redirect(request, response, moved);
				}
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (read && Integer.valueOf(404).equals(status) && uri != null) {
			String path = uri.toString().substring(request.getContextPath().length());
			String moved = oldAddresses.newAddressOf(path).orElse(null);
			if (moved != null) {
				redirect(request, response, moved);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String to) {
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader("Location", to.startsWith("/") ? request.getContextPath() + to : to);
		response.setContentLength(0);
	}

	/**
	 * Registered here rather than found as a component, so the web test slices, which
	 * pick up every filter but not the old addresses it needs, leave it out.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<OldAddressRedirects> oldAddressRedirects(OldAddresses oldAddresses,
				OldQueries oldQueries) {
			OldAddressRedirects filter = new OldAddressRedirects(oldAddresses, oldQueries);
			FilterRegistrationBean<OldAddressRedirects> registration = new FilterRegistrationBean<>(filter);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			// after the security chain: a redirect carries a page's security headers
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
			return registration;
		}

	}

}
