package org.haven.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.Slice;
import org.haven.taxonomy.TagCloud;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	private static final int FEATURED = 3;

	private static final int PER_CATEGORY = 3;

	private static final int POPULAR_TAGS = 15;

	/** Enough for a lead story and the stories beside it in any shipped theme. */
	private static final int LEAD_CANDIDATES = 12;

	private final Articles articles;

	private final MetaFactory meta;

	private final ArticleExtras extras;

	HomeController(Articles articles, MetaFactory meta, ArticleExtras extras) {
		this.articles = articles;
		this.meta = meta;
		this.extras = extras;
	}

	@GetMapping("/")
	String home(@RequestParam(defaultValue = "1") int page, Model model) {
		Slice<ArticleCard> latest = articles.latest(Paging.page(page), Paging.PAGE_SIZE);
		Paging.requireExists(latest);
		List<CategoryBlock> blocks = articles.categories()
			.stream()
			.filter(category -> category.count() > 0)
			.map(category -> new CategoryBlock(category, articles.inCategory(category.slug(), 1, PER_CATEGORY).items()))
			.toList();
		List<ArticleCard> leadCandidates = page <= 1 ? articles.latestWithoutNotes(LEAD_CANDIDATES) : List.of();
		List<ArticleCard> featured = articles.featured(FEATURED);
		List<ArticleCard> leads = new ArrayList<>(featured);
		leads.addAll(leadCandidates);
		model.addAttribute("home",
				new HomeModel(featured, latest, blocks, TagCloud.top(articles.tags(), POPULAR_TAGS), leadCandidates,
						page <= 1 ? extras.covers(articles, leads.subList(0, Math.min(1, leads.size()))) : Map.of()));
		model.addAttribute("meta", meta.home(page));
		return "index";
	}

}
