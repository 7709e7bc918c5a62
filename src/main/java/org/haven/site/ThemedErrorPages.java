package org.haven.site;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors are shown in the active theme with their real status: {@code error/404} for
 * anything not found (and other 4xx), {@code error/500} for failures. No exception detail
 * ever reaches the page. A page not found at an address the site used to have is
 * redirected before it gets here ({@link OldAddressRedirects}).
 */
@Component
class ThemedErrorPages implements ErrorViewResolver {

	private final MetaFactory meta;

	private final SiteModelAdvice siteModel;

	ThemedErrorPages(MetaFactory meta, SiteModelAdvice siteModel) {
		this.meta = meta;
		this.siteModel = siteModel;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		boolean clientError = status.is4xxClientError();
		String view = clientError ? "error/404" : "error/500";
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original == null ? request.getRequestURI() : original.toString();
		ModelAndView mav = new ModelAndView(view, status);
		mav.addObject("status", status.value());
		mav.addObject("meta", meta.error(clientError ? 404 : 500, path));
		mav.addAllObjects(siteModel.common(path));
		return mav;
	}

}
