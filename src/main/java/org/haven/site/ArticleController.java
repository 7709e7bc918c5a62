package org.haven.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.Articles;
import org.haven.article.Neighbours;
import org.haven.article.ReviewQueue;
import org.haven.care.CrisisTopics;
import org.haven.related.RelatedArticles;
import org.haven.site.ArticleModel.RelatedLink;
import org.haven.related.RelatedScorer;
import org.haven.web.AnonymousPageCache;
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

	private final ReviewQueue reviews;

	private final CrisisTopics crisisTopics;

	/** Articles in the "latest posts" block. */
	static final int LATEST = 5;

	/**
	 * Read beyond {@link #LATEST}, for the current article and those left out by notes.
	 */
	private static final int LATEST_SPARE = 10;

	private final ArticleExtras extras;

	private final CommentSections comments;

	ArticleController(Articles articles, MetaFactory meta, RelatedArticles related, ReviewQueue reviews,
			CrisisTopics crisisTopics, ArticleExtras extras, CommentSections comments) {
		this.comments = comments;
		this.articles = articles;
		this.extras = extras;
		this.crisisTopics = crisisTopics;
		this.meta = meta;
		this.related = related;
		this.reviews = reviews;
	}

	@GetMapping("/articles/{slug}")
	Object article(@PathVariable String slug, Model model, HttpServletRequest request) {
		ArticleDetail detail = articles.published(slug).orElse(null);
		if (detail == null) {
			return articles.slugForAlias("/articles/" + slug)
				.or(() -> articles.slugForFileName(slug))
				.map(to -> permanentRedirect("/articles/" + to))
				.orElseThrow(() -> new NotFoundException("article " + slug));
		}
		List<RelatedLink> links = related.forArticle(slug)
			.stream()
			.map(suggestion -> new RelatedLink(suggestion.card(), suggestion.fillIn()))
			.toList();
		Neighbours neighbours = articles.neighbours(detail.card());
		boolean reviewDue = detail.review().overdueOn(reviews.today());
		List<ArticleCard> latest = latest(detail.card());
		CommentSection section = comments.of(detail.card());
		model.addAttribute("page", new ArticleModel(detail, neighbours, links, reviewDue, extras.views(detail.card()),
				extras.disclaimer(detail.card()), extras.cover(detail), latest, section));
		model.addAttribute("meta", meta.article(detail, section.comments(), section.shown() ? section.count() : 0));
		model.addAttribute("crisisTopic", crisisTopics.concern(detail.card()));
		List<Long> shown = shown(detail, neighbours, links);
		latest.forEach(card -> shown.add(card.id()));
		AnonymousPageCache.showsArticles(request, shown);
		return "article";
	}

	/**
	 * The newest other articles, for the "latest posts" block: only those that may appear
	 * under this one by its content notes, as for related posts.
	 */
	private List<ArticleCard> latest(ArticleCard current) {
		return articles.latest(1, LATEST + LATEST_SPARE)
			.items()
			.stream()
			.filter(card -> card.id() != current.id() && RelatedScorer.mayAppearUnder(current, card))
			.limit(LATEST)
			.toList();
	}

	/** Every article whose card or text the page shows. */
	private static List<Long> shown(ArticleDetail detail, Neighbours neighbours, List<RelatedLink> links) {
		List<Long> ids = new ArrayList<>();
		ids.add(detail.card().id());
		Stream.of(neighbours.previous(), neighbours.next()).filter(Objects::nonNull).forEach(c -> ids.add(c.id()));
		links.forEach(link -> ids.add(link.card().id()));
		return ids;
	}

	/**
	 * A 301 to {@code path}: old addresses of renamed articles, categories and tags keep
	 * working for readers and search engines.
	 */
	static RedirectView permanentRedirect(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
