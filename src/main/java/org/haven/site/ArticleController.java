package org.haven.site;

import java.util.List;

import org.haven.article.ArticleDetail;
import org.haven.article.Articles;
import org.haven.related.RelatedArticles;
import org.haven.site.ArticleModel.RelatedLink;
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

	private final RelatedArticles related;

	ArticleController(Articles articles, MetaFactory meta, RelatedArticles related) {
		this.articles = articles;
		this.meta = meta;
		this.related = related;
	}

	@GetMapping("/articles/{slug}")
	Object article(@PathVariable String slug, Model model) {
		ArticleDetail detail = articles.published(slug).orElse(null);
		if (detail == null) {
			return articles.slugForAlias("/articles/" + slug)
				.map(to -> permanentRedirect("/articles/" + to))
				.orElseThrow(() -> new NotFoundException("article " + slug));
		}
		List<RelatedLink> links = related.forArticle(slug)
			.stream()
			.map(suggestion -> new RelatedLink(suggestion.card(), suggestion.fillIn()))
			.toList();
		model.addAttribute("page", new ArticleModel(detail, articles.neighbours(detail.card()), links));
		model.addAttribute("meta", meta.article(detail));
		return "article";
	}

	/**
	 * A 301 to {@code path}: old addresses of renamed articles, categories and tags keep working for readers and search
	 * engines.
	 */
	static RedirectView permanentRedirect(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
