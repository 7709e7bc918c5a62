package org.haven.site;

import org.haven.article.Articles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * WordPress's plain permalinks ({@code /?p=123}) redirect permanently to the article
 * imported from that post; the import keeps them as aliases.
 */
@Controller
class QueryAddresses {

	private final Articles articles;

	QueryAddresses(Articles articles) {
		this.articles = articles;
	}

	@GetMapping(value = "/", params = "p")
	RedirectView post(@RequestParam String p) {
		return articles.slugForAlias("/?p=" + p)
			.map(slug -> moved("/articles/" + slug))
			.orElseThrow(() -> new NotFoundException("post " + p));
	}

	private static RedirectView moved(String to) {
		RedirectView view = new RedirectView(to, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return view;
	}

}
