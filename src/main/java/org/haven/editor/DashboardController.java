package org.haven.editor;

import org.haven.article.ArticleFilter;
import org.haven.article.EditorialQueries;
import org.haven.article.ReviewQueue;
import org.haven.care.HelpDirectory;
import org.haven.content.Slugs;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard (counts, the review queue's groups, recent saves, what is scheduled, help
 * entries due a check) and the filtered, paginated article list.
 */
@Controller
class DashboardController {

	static final int PAGE_SIZE = 25;

	private final EditorialQueries queries;

	private final EditorModel editorModel;

	private final ReviewQueue reviews;

	private final HelpDirectory help;

	private final ViewsPanel views;

	DashboardController(EditorialQueries queries, EditorModel editorModel, ReviewQueue reviews, HelpDirectory help,
			ViewsPanel views) {
		this.queries = queries;
		this.help = help;
		this.views = views;
		this.editorModel = editorModel;
		this.reviews = reviews;
	}

	/**
	 * Editors land on the dashboard; reviewers, whose work is signing off, land on the
	 * review queue; moderators on the comment queue.
	 */
	@GetMapping({ "/admin", "/admin/" })
	String dashboard(Authentication user, Model model) {
		if (Permissions.isReviewer(user) && !Permissions.isEditor(user)) {
			return "redirect:/admin/reviews";
		}
		if (Permissions.isOnlyModerator(user)) {
			return "redirect:/admin/comments";
		}
		editorModel.addTo(model, user);
		model.addAttribute("reviews", reviews.groups());
		model.addAttribute("counts", queries.countsByStage());
		model.addAttribute("recent", queries.recentEdits());
		model.addAttribute("scheduled", queries.scheduled());
		views.addTo(model);
		model.addAttribute("staleHelp", help.staleOn(reviews.today()));
		return "admin/dashboard";
	}

	@GetMapping("/admin/articles")
	String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String category,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String author,
			@RequestParam(required = false) String q, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "1") int page, Authentication user, Model model) {
		editorModel.addTo(model, user);
		editorModel.addVocabulary(model);
		String tagSlug = tag == null || tag.isBlank() ? null : Slugs.ofTag(tag);
		ArticleFilter filter = new ArticleFilter(stage, category, tagSlug, author, q, note);
		model.addAttribute("filter", filter);
		model.addAttribute("tagInput", tag == null ? "" : tag);
		model.addAttribute("slice", queries.list(filter, Math.max(1, page), PAGE_SIZE));
		return "admin/articles/list";
	}

}
