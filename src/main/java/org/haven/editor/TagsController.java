package org.haven.editor;

import java.util.List;

import org.haven.article.EditorialQueries;
import org.haven.content.DraftRejected;
import org.haven.taxonomy.BulkOutcome;
import org.haven.taxonomy.TaxonomyChanges;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tags across all articles: editors rename a tag, or merge it into another by giving that
 * one's name.
 */
@Controller
class TagsController {

	private final EditorialQueries queries;

	private final TaxonomyChanges changes;

	private final EditorModel editorModel;

	TagsController(EditorialQueries queries, TaxonomyChanges changes, EditorModel editorModel) {
		this.queries = queries;
		this.changes = changes;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/tags")
	String list(Authentication user, Model model) {
		return page(user, model, List.of());
	}

	@PostMapping("/admin/tags/rename")
	String rename(@RequestParam String from, @RequestParam String to, Authentication user, Model model,
			RedirectAttributes redirect) {
		Permissions.requirePublish(user);
		try {
			BulkOutcome outcome = changes.renameTag(from, to, user.getName());
			redirect.addFlashAttribute("notice",
					"Tag '" + from + "' is now '" + to.strip() + "' on " + outcome.changed() + " article(s).");
			redirect.addFlashAttribute("refused", outcome.refused());
			return "redirect:/admin/tags";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems());
		}
	}

	private String page(Authentication user, Model model, List<?> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("tags", queries.allTags());
		model.addAttribute("problems", problems);
		return "admin/tags";
	}

}
