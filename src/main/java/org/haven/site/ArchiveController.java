package org.haven.site;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArchiveController {

	private final Articles articles;

	private final MetaFactory meta;

	private final Formats formats;

	private final SiteWords words;

	ArchiveController(Articles articles, MetaFactory meta, org.haven.config.SiteProperties site, SiteWords words) {
		this.articles = articles;
		this.words = words;
		this.meta = meta;
		this.formats = new Formats(site.locale(), site.timeZone());
	}

	@GetMapping("/archive")
	String archive(Model model) {
		model.addAttribute("taxonomy", new TaxonomyModel("archive", words.of("archive.heading"), List.of(), List.of(),
				articles.archiveMonths()));
		model.addAttribute("meta",
				meta.collection(words.of("archive.heading"), words.of("archive.description"), "/archive", 1, "site"));
		return "taxonomy";
	}

	@GetMapping("/archive/{year:\\d{4}}/{month:\\d{2}}")
	String month(@PathVariable int year, @PathVariable int month, @RequestParam(defaultValue = "1") int page,
			Model model) {
		YearMonth yearMonth;
		try {
			yearMonth = YearMonth.of(year, month);
		}
		catch (DateTimeException ex) {
			throw new NotFoundException("month " + year + "/" + month);
		}
		Slice<ArticleCard> slice = articles.inMonth(yearMonth, Paging.page(page), Paging.PAGE_SIZE);
		if (slice.totalItems() == 0) {
			throw new NotFoundException("no articles in " + yearMonth);
		}
		Paging.requireExists(slice);
		String heading = words.of("archive.month.heading", formats.month(yearMonth));
		String path = "/archive/%04d/%02d".formatted(year, month);
		String description = words.of("archive.month.description", slice.totalItems(), formats.month(yearMonth));
		model.addAttribute("list", new ListModel("archive", heading, description, path, slice, null));
		model.addAttribute("meta", meta.collection(heading, description, path, page, "site"));
		return "list";
	}

}
