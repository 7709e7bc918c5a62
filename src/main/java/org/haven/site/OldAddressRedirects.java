package org.haven.site;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A GET or HEAD that found nothing at an address the site used to have
 * ({@link OldAddresses}) is redirected permanently, whatever the client accepts: feed
 * readers, crawlers and link checkers ask for XML or anything, not only browsers for
 * HTML. It acts in the error dispatch, so the addresses Haven answers itself never pay
 * for the look-up.
 */
class OldAddressRedirects extends OncePerRequestFilter {

	private final OldAddresses oldAddresses;

	OldAddressRedirects(OldAddresses oldAddresses) {
		this.oldAddresses = oldAddresses;
	}

	// registered for the error dispatch only, which OncePerRequestFilter skips by default
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String method = request.getMethod();
		if (Integer.valueOf(404).equals(status) && uri != null && ("GET".equals(method) || "HEAD".equals(method))) {
			String path = uri.toString().substring(request.getContextPath().length());
			String moved = oldAddresses.newAddressOf(path).orElse(null);
			if (moved != null) {
				response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
				response.setHeader("Location", request.getContextPath() + moved);
				response.setContentLength(0);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Registered here rather than found as a component, so the web test slices, which
	 * pick up every filter but not the old addresses it needs, leave it out.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<OldAddressRedirects> oldAddressRedirects(OldAddresses oldAddresses) {
			OldAddressRedirects filter = new OldAddressRedirects(oldAddresses);
			FilterRegistrationBean<OldAddressRedirects> registration = new FilterRegistrationBean<>(filter);
			registration.setDispatcherTypes(DispatcherType.ERROR);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
			return registration;
		}

	}

}
