package org.haven.site;

import org.haven.article.Articles;
import org.haven.article.PageView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Standing pages at the top level: {@code /about}, {@code /privacy}, {@code /disclaimer}.
 */
@Controller
class PageController {

	private final Articles articles;

	private final MetaFactory meta;

	PageController(Articles articles, MetaFactory meta) {
		this.articles = articles;
		this.meta = meta;
	}

	@GetMapping("/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
	String page(@PathVariable String slug, Model model) {
		PageView page = articles.page(slug).orElseThrow(() -> new NotFoundException("page " + slug));
		model.addAttribute("page", page);
		model.addAttribute("meta", meta.page(page));
		return "page";
	}

}
