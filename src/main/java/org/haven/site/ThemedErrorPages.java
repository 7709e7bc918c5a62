package org.haven.site;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Errors are shown in the active theme with their real status: {@code error/404} for
 * anything not found (and other 4xx), {@code error/500} for failures. No exception detail
 * ever reaches the page. A page not found at an address the site used to have (see
 * {@link OldAddresses}) redirects permanently instead.
 */
@Component
class ThemedErrorPages implements ErrorViewResolver {

	private final MetaFactory meta;

	private final SiteModelAdvice siteModel;

	private final OldAddresses oldAddresses;

	ThemedErrorPages(MetaFactory meta, SiteModelAdvice siteModel, OldAddresses oldAddresses) {
		this.meta = meta;
		this.siteModel = siteModel;
		this.oldAddresses = oldAddresses;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		boolean clientError = status.is4xxClientError();
		String view = clientError ? "error/404" : "error/500";
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original == null ? request.getRequestURI() : original.toString();
		if (status == HttpStatus.NOT_FOUND && "GET".equals(request.getMethod())) {
			String moved = oldAddresses.newAddressOf(path).orElse(null);
			if (moved != null) {
				RedirectView redirect = new RedirectView(moved, true);
				redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
				return new ModelAndView(redirect);
			}
		}
		ModelAndView mav = new ModelAndView(view, status);
		mav.addObject("status", status.value());
		mav.addObject("meta", meta.error(clientError ? 404 : 500, path));
		mav.addAllObjects(siteModel.common(path));
		return mav;
	}

}
