package org.haven.site;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.AuthorView;
import org.haven.article.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuthorController {

	private final Articles articles;

	private final MetaFactory meta;

	private final SiteWords words;

	AuthorController(Articles articles, MetaFactory meta, SiteWords words) {
		this.articles = articles;
		this.words = words;
		this.meta = meta;
	}

	@GetMapping("/authors/{slug}")
	String author(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		AuthorView author = articles.author(slug).orElseThrow(() -> new NotFoundException("author " + slug));
		Slice<ArticleCard> slice = articles.byAuthor(slug, Paging.page(page), Paging.PAGE_SIZE);
		Paging.requireExists(slice);
		String description = author.credentials() == null ? words.of("author.description", author.name())
				: words.of("author.description.credentials", author.name(), author.credentials());
		model.addAttribute("list", new ListModel("author", author.name(), description, author.url(), slice, author));
		model.addAttribute("meta", meta.collection(author.name(), description, author.url(), page, "author:" + slug));
		return "list";
	}

}
