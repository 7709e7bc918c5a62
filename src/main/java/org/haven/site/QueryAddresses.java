package org.haven.site;

import org.haven.article.Articles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * WordPress's plain permalinks redirect permanently to the article or page imported from
 * that post: {@code /?p=123} (a post, or a page, as WordPress itself answers it) and
 * {@code /?page_id=45} (a page). The import keeps them as aliases.
 */
@Controller
class QueryAddresses {

	private final Articles articles;

	QueryAddresses(Articles articles) {
		this.articles = articles;
	}

	@GetMapping(value = "/", params = "p")
	RedirectView post(@RequestParam String p) {
		return articles.addressForAlias("/?p=" + p)
			.map(QueryAddresses::moved)
			.orElseThrow(() -> new NotFoundException("post " + p));
	}

	@GetMapping(value = "/", params = { "page_id", "!p" })
	RedirectView page(@RequestParam("page_id") String pageId) {
		return articles.addressForAlias("/?page_id=" + pageId)
			.map(QueryAddresses::moved)
			.orElseThrow(() -> new NotFoundException("page " + pageId));
	}

	private static RedirectView moved(String to) {
		RedirectView view = new RedirectView(to, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return view;
	}

}
