package org.haven.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.Slice;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.TagCloud;
import org.haven.taxonomy.TagCount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/** Browsing by category and by tag: the overviews and the paginated lists. */
@Controller
class TaxonomyController {

	private final Articles articles;

	private final MetaFactory meta;

	private final SiteWords words;

	TaxonomyController(Articles articles, MetaFactory meta, SiteWords words) {
		this.articles = articles;
		this.words = words;
		this.meta = meta;
	}

	@GetMapping("/categories")
	String categories(Model model) {
		model.addAttribute("taxonomy", new TaxonomyModel("categories", words.of("categories.heading"),
				articles.categories(), List.of(), List.of()));
		model.addAttribute("meta", meta.collection(words.of("categories.heading"), words.of("categories.description"),
				"/categories", 1, "site"));
		return "taxonomy";
	}

	@GetMapping("/categories/{slug}")
	Object category(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		CategoryView category = articles.category(slug).orElse(null);
		if (category == null) {
			return moved(articles.categoryRedirect(slug), "categories", slug);
		}
		Slice<ArticleCard> slice = articles.inCategory(slug, Paging.page(page), Paging.PAGE_SIZE);
		Paging.requireExists(slice);
		String path = category.url();
		model.addAttribute("list",
				new ListModel("category", category.name(), category.description(), path, slice, null));
		model.addAttribute("meta",
				meta.collection(category.name(), category.description(), path, page, "category:" + slug));
		return "list";
	}

	@GetMapping("/tags")
	String tags(Model model) {
		model.addAttribute("taxonomy", new TaxonomyModel("tags", words.of("tags.heading"), List.of(),
				TagCloud.of(articles.tags()), List.of()));
		model.addAttribute("meta",
				meta.collection(words.of("tags.heading"), words.of("tags.description"), "/tags", 1, "site"));
		return "taxonomy";
	}

	@GetMapping("/tags/{slug}")
	Object tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		TagCount tag = articles.tag(slug).orElse(null);
		if (tag == null) {
			return moved(articles.tagRedirect(slug), "tags", slug);
		}
		Slice<ArticleCard> slice = articles.taggedWith(slug, Paging.page(page), Paging.PAGE_SIZE);
		Paging.requireExists(slice);
		String description = words.of("tag.description", tag.label());
		String heading = words.of("tag.heading", tag.label());
		model.addAttribute("list", new ListModel("tag", heading, description, tag.url(), slice, null));
		model.addAttribute("meta", meta.collection(heading, description, tag.url(), page, "tag:" + slug));
		return "list";
	}

	/**
	 * A 301 to where a renamed or merged category or tag lives now, or a 404 when
	 * {@code slug} never was one. A tag slug may be in another script, and a Location
	 * header must be ASCII, so it is percent-encoded.
	 */
	private static RedirectView moved(Optional<String> to, String kind, String slug) {
		return to
			.map(newSlug -> ArticleController
				.permanentRedirect("/" + kind + "/" + UriUtils.encodePathSegment(newSlug, StandardCharsets.UTF_8)))
			.orElseThrow(() -> new NotFoundException(kind + " " + slug));
	}

}
