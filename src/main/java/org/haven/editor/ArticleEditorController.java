package org.haven.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.EditConflict;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.comment.CommentSwitches;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.editor.media.MediaLibrary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing and the workflow: the new/edit form, and one POST per article whose
 * {@code action} is save, submit, publish (now or at a time), unpublish or archive. A
 * rejected draft comes back in the form with an error summary; a conflicting save shows
 * both versions and keeps what the editor wrote.
 */
@Controller
class ArticleEditorController {

	private final ArticleEditing editing;

	private final EditorialQueries queries;

	private final EditorModel editorModel;

	private final Clock clock;

	private final MediaLibrary media;

	private final Autosaves autosaves;

	private final EditorProperties properties;

	private final CommentSwitches commentSwitches;

	ArticleEditorController(ArticleEditing editing, EditorialQueries queries, EditorModel editorModel, Clock clock,
			MediaLibrary media, Autosaves autosaves, EditorProperties properties, CommentSwitches commentSwitches) {
		this.commentSwitches = commentSwitches;
		this.properties = properties;
		this.media = media;
		this.autosaves = autosaves;
		this.editing = editing;
		this.queries = queries;
		this.editorModel = editorModel;
		this.clock = clock;
	}

	@GetMapping("/admin/articles/new")
	String newArticle(Authentication user, Model model) {
		return form(new ArticleForm(), null, List.of(), user, model);
	}

	@PostMapping("/admin/articles")
	String create(@ModelAttribute("form") ArticleForm form, Authentication user, Model model,
			RedirectAttributes redirect) {
		List<DraftProblem> problems = new ArrayList<>();
		ArticleDraft draft = form.toDraft(problems);
		if (!problems.isEmpty()) {
			return form(form, null, problems, user, model);
		}
		try {
			EditableArticle created = editing.create(draft, user.getName());
			redirect.addFlashAttribute("notice", "Draft saved.");
			return "redirect:/admin/articles/" + created.id() + "/edit";
		}
		catch (DraftRejected ex) {
			return form(form, null, ex.problems(), user, model);
		}
	}

	@GetMapping("/admin/articles/{id}/edit")
	String edit(@PathVariable long id, Authentication user, Model model) {
		EditableArticle article = queries.editable(id);
		ArticleForm form = ArticleForm.of(article.draft(), article.version());
		if (article.scheduledAt(clock.instant())) {
			form.scheduledFor(article.publishedAt(), editorModel.times().zoneId());
		}
		var copy = autosaves.workingCopy(id);
		if (copy.isEmpty()) {
			return form(form, article, List.of(), user, model);
		}
		// the writer's autosaved text comes back in the form; a save in the meantime is a
		// conflict, shown as one
		ArticleForm autosaved = copy.get().form();
		autosaved.setVersion(article.version());
		model.addAttribute("autosaveToken", copy.get().token());
		model.addAttribute("autosavedAt", copy.get().savedAt());
		if (copy.get().baseVersion() != article.version()) {
			conflict(model, article.source(), article.draft().body(), autosaved);
		}
		return form(autosaved, article, List.of(), user, model);
	}

	/**
	 * Where the editor script sends the form when an autosave met a conflict: the form
	 * comes back as typed, beside what the other tab (or a save) wrote; nothing is
	 * stored.
	 */
	@PostMapping("/admin/articles/{id}/conflict")
	String autosaveConflict(@PathVariable long id, @ModelAttribute("form") ArticleForm form, Authentication user,
			Model model) {
		EditableArticle current = queries.editable(id);
		form.setVersion(current.version());
		var copy = autosaves.workingCopy(id);
		if (copy.isPresent() && copy.get().baseVersion() == current.version()) {
			ArticleForm theirs = copy.get().form();
			model.addAttribute("autosaveToken", copy.get().token());
			conflict(model, theirs.getBody(), theirs.getBody(), form);
		}
		else {
			conflict(model, current.source(), current.draft().body(), form);
		}
		return form(form, current, List.of(), user, model);
	}

	private static void conflict(Model model, String theirSource, String theirBody, ArticleForm mine) {
		model.addAttribute("theirsSource", theirSource);
		model.addAttribute("diff", LineDiff.sideBySide(theirBody, mine.getBody()));
	}

	@PostMapping("/admin/articles/{id}")
	String change(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
			@ModelAttribute("form") ArticleForm form, Authentication user, Model model, RedirectAttributes redirect) {
		EditableArticle current = queries.editable(id);
		switch (action) {
			case "publish", "unpublish", "archive", "return" -> Permissions.requirePublish(user);
			default -> Permissions.requireEdit(user, current);
		}
		List<DraftProblem> problems = new ArrayList<>();
		ArticleDraft draft = form.toDraft(problems);
		var at = form.publishTime(editorModel.times().zoneId(), problems);
		if (!problems.isEmpty()) {
			return form(form, current, problems, user, model);
		}
		String who = user.getName();
		try {
			EditableArticle saved = switch (action) {
				case "submit" -> editing.submitForReview(id, form.getVersion(), draft, who);
				case "publish" -> editing.publish(id, form.getVersion(), draft, at, who);
				case "unpublish" -> editing.unpublish(id, form.getVersion(), who);
				case "return" -> editing.returnToDraft(id, form.getVersion(), draft, who);
				case "archive" -> editing.archive(id, form.getVersion(), who);
				default -> editing.save(id, form.getVersion(), draft, who);
			};
			autosaves.close(id);
			redirect.addFlashAttribute("notice", notice(action, saved));
			return "redirect:/admin/articles/" + id + "/edit";
		}
		catch (DraftRejected ex) {
			return form(form, current, ex.problems(), user, model);
		}
		catch (EditConflict ex) {
			EditableArticle theirs = ex.current();
			form.setVersion(theirs.version());
			conflict(model, theirs.source(), theirs.draft().body(), form);
			return form(form, theirs, List.of(), user, model);
		}
	}

	private String notice(String action, EditableArticle saved) {
		return switch (action) {
			case "submit" -> "Submitted for review.";
			case "publish" -> saved.scheduledAt(clock.instant()) ? "Scheduled." : "Published.";
			case "unpublish" -> "Taken off the site.";
			case "archive" -> "Archived.";
			case "return" -> "Returned to its author as a draft.";
			default -> "Saved.";
		};
	}

	private String form(ArticleForm form, @Nullable EditableArticle article, List<DraftProblem> problems,
			Authentication user, Model model) {
		editorModel.addTo(model, user);
		editorModel.addVocabulary(model);
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("stage", article == null ? "new" : EditorModel.stageOf(article.status()));
		model.addAttribute("problems", problems);
		model.addAttribute("now", clock.instant());
		model.addAttribute("canPublish", Permissions.isEditor(user));
		model.addAttribute("canEdit", article == null || Permissions.canEdit(user, article));
		model.addAttribute("mediaFiles", media.list());
		model.addAttribute("maxUploadBytes", MediaLibrary.MAX_BYTES);
		model.addAttribute("markdownEditor", true);
		model.addAttribute("siteUrl", editorModel.siteUrl());
		model.addAttribute("autosaveMillis", properties.autosaveInterval().toMillis());
		if (article != null) {
			model.addAttribute("commentSwitch", commentSwitches.articleState(article.id(), article.draft().category()));
		}
		return "admin/articles/form";
	}

}
