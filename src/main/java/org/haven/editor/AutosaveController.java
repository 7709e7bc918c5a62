package org.haven.editor;

import java.util.Map;

import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor script's autosave: the form as it is, every few seconds while someone types
 * and when they leave the text. Answers the token for the next autosave, or 409 when
 * another tab or a save came first (the script then shows the conflict screen).
 */
@Controller
class AutosaveController {

	private final Autosaves autosaves;

	private final EditorialQueries queries;

	private final EditorModel editorModel;

	AutosaveController(Autosaves autosaves, EditorialQueries queries, EditorModel editorModel) {
		this.autosaves = autosaves;
		this.queries = queries;
		this.editorModel = editorModel;
	}

	@PostMapping(value = "/admin/articles/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute ArticleForm form,
			@RequestParam(name = "autosave", required = false) @Nullable String token, Authentication user) {
		EditableArticle article = queries.editable(id);
		Permissions.requireEdit(user, article);
		try {
			long next = autosaves.autosave(id, form.getVersion(), article.version(), parse(token), form,
					user.getName());
			return ResponseEntity.ok(Map.of("autosave", next, "savedAt",
					editorModel.times().of(autosaves.workingCopy(id).orElseThrow().savedAt())));
		}
		catch (Autosaves.Conflict ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("conflict", ex.getMessage()));
		}
	}

	@PostMapping("/admin/articles/{id}/autosave/discard")
	String discard(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		Permissions.requireEdit(user, queries.editable(id));
		autosaves.close(id);
		redirect.addFlashAttribute("notice", "The autosaved text was discarded; this is the last saved version.");
		return "redirect:/admin/articles/" + id + "/edit";
	}

	private static @Nullable Long parse(@Nullable String token) {
		return token == null || token.isBlank() ? null : Long.valueOf(token.trim());
	}

}
