package org.haven.site;

import java.util.List;

import org.haven.article.ArticleDetail;
import org.haven.article.Articles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class ArticleController {

	private final Articles articles;

	private final MetaFactory meta;

	ArticleController(Articles articles, MetaFactory meta) {
		this.articles = articles;
		this.meta = meta;
	}

	@GetMapping("/articles/{slug}")
	Object article(@PathVariable String slug, Model model) {
		ArticleDetail detail = articles.published(slug).orElse(null);
		if (detail == null) {
			return articles.slugForAlias("/articles/" + slug)
				.map(ArticleController::permanentRedirect)
				.orElseThrow(() -> new NotFoundException("article " + slug));
		}
		model.addAttribute("page", new ArticleModel(detail, articles.neighbours(detail.card()), List.of()));
		model.addAttribute("meta", meta.article(detail));
		return "article";
	}

	static RedirectView permanentRedirect(String slug) {
		RedirectView view = new RedirectView("/articles/" + slug);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
