package org.haven.editor;

import org.haven.article.ArticleEditing;
import org.haven.article.ArticleNotFound;
import org.haven.article.ClinicalReview;
import org.haven.article.EditConflict;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.article.RevisionView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's revisions and clinical sign-offs: the list, a side-by-side diff of any
 * two, and restoring one (as a new revision).
 */
@Controller
class RevisionController {

	private final EditorialQueries queries;

	private final ArticleEditing editing;

	private final EditorModel editorModel;

	private final ClinicalReview review;

	private final Autosaves autosaves;

	RevisionController(EditorialQueries queries, ArticleEditing editing, EditorModel editorModel, ClinicalReview review,
			Autosaves autosaves) {
		this.autosaves = autosaves;
		this.queries = queries;
		this.editing = editing;
		this.editorModel = editorModel;
		this.review = review;
	}

	@GetMapping("/admin/articles/{id}/revisions")
	String list(@PathVariable long id, Authentication user, Model model) {
		editorModel.addTo(model, user);
		EditableArticle article = queries.editable(id);
		model.addAttribute("article", article);
		model.addAttribute("revisions", queries.revisions(id));
		model.addAttribute("signOffs", review.history(id));
		model.addAttribute("autosaveRuns", autosaves.runs(id));
		model.addAttribute("canEdit", Permissions.canEdit(user, article));
		return "admin/articles/revisions";
	}

	/** Revision {@code number} against {@code against} (default: the one before it). */
	@GetMapping("/admin/articles/{id}/revisions/{number}")
	String diff(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) Integer against,
			Authentication user, Model model) {
		editorModel.addTo(model, user);
		EditableArticle article = queries.editable(id);
		RevisionView right = revision(id, number);
		int leftNumber = against != null ? against : number - 1;
		RevisionView left = leftNumber >= 1 ? queries.revision(id, leftNumber).orElse(null) : null;
		model.addAttribute("article", article);
		model.addAttribute("left", left);
		model.addAttribute("right", right);
		model.addAttribute("rows", LineDiff.sideBySide(left == null ? "" : left.source(), right.source()));
		model.addAttribute("canEdit", Permissions.canEdit(user, article));
		return "admin/articles/diff";
	}

	@PostMapping("/admin/articles/{id}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, @RequestParam long version, Authentication user,
			RedirectAttributes redirect) {
		EditableArticle article = queries.editable(id);
		Permissions.requireEdit(user, article);
		revision(id, number);
		try {
			editing.restore(id, version, number, user.getName());
			redirect.addFlashAttribute("notice", "Revision " + number + " restored as a new revision.");
		}
		catch (EditConflict ex) {
			redirect.addFlashAttribute("notice",
					"Someone saved this article in the meantime. Look at the revisions again before restoring.");
			return "redirect:/admin/articles/" + id + "/revisions";
		}
		return "redirect:/admin/articles/" + id + "/edit";
	}

	private RevisionView revision(long id, int number) {
		return queries.revision(id, number)
			.orElseThrow(() -> new ArticleNotFound("revision " + number + " of article " + id));
	}

}
