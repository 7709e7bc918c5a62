package org.haven.site;

import org.haven.search.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=&category=&tag=&page=}: full-text search, never an error page for what
 * a reader types.
 */
@Controller
class SearchController {

	private final Search search;

	private final MetaFactory meta;

	SearchController(Search search, MetaFactory meta) {
		this.search = search;
		this.meta = meta;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String tag, @RequestParam(defaultValue = "1") String page,
			Model model) {
		String query = q.strip();
		String cat = blankToNull(category);
		String t = blankToNull(tag);
		int number = pageNumber(page);
		Search.Page results = search.search(query, cat, t, number);
		model.addAttribute("search",
				new SearchModel(query, cat, t, results.hits(), results.total(), results.page(), results.totalPages()));
		model.addAttribute("meta", meta.search(query));
		return "search";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Any nonsense in {@code page} is page 1, so a hand-edited URL never fails. */
	private static int pageNumber(String page) {
		try {
			return Math.min(Paging.MAX_PAGE, Math.max(1, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
