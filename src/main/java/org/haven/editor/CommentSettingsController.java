package org.haven.editor;

import java.util.List;

import org.haven.article.Articles;
import org.haven.comment.CommentPrivacy;
import org.haven.comment.CommentSettings;
import org.haven.comment.CommentSwitchChoice;
import org.haven.comment.CommentSwitches;
import org.haven.comment.ModerationSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admin-only comment settings (site switch, closing, auto-approve, spam thresholds,
 * banned words, category and article switches) and a commenter's data: export or erase
 * everything stored for an e-mail address.
 */
@Controller
class CommentSettingsController {

	private final CommentSettings settings;

	private final CommentSwitches switches;

	private final CommentPrivacy privacy;

	private final Articles articles;

	private final EditorModel editorModel;

	private final JsonMapper json;

	CommentSettingsController(CommentSettings settings, CommentSwitches switches, CommentPrivacy privacy,
			Articles articles, EditorModel editorModel, JsonMapper json) {
		this.json = json;
		this.settings = settings;
		this.switches = switches;
		this.privacy = privacy;
		this.articles = articles;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/comments/settings")
	String page(Authentication user, Model model) {
		editorModel.addTo(model, user);
		model.addAttribute("settings", settings.current());
		return "admin/comment-settings";
	}

	@PostMapping("/admin/comments/settings")
	String save(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam int closeAfterDays,
			@RequestParam(defaultValue = "false") boolean autoApprove, @RequestParam int holdThreshold,
			@RequestParam int spamThreshold, @RequestParam(defaultValue = "") String bannedWords,
			RedirectAttributes redirect) {
		try {
			settings.save(new ModerationSettings(enabled, closeAfterDays, autoApprove, holdThreshold, spamThreshold,
					CommentSettings.words(bannedWords)));
			redirect.addFlashAttribute("notice", "Comment settings saved.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("notice", "Not saved: " + ex.getMessage() + ".");
		}
		return "redirect:/admin/comments/settings";
	}

	@PostMapping("/admin/comments/settings/switch")
	String switchComments(@RequestParam String scope, @RequestParam String slug,
			@RequestParam CommentSwitchChoice choice, RedirectAttributes redirect) {
		String said = CommentSwitchController.said(choice, scope);
		if ("category".equals(scope) && articles.category(slug).isPresent()) {
			switches.switchCategory(slug, choice);
			redirect.addFlashAttribute("notice", "Comments " + said + " for the category " + slug + ".");
		}
		else if ("article".equals(scope) && articles.published(slug).isPresent()) {
			switches.switchArticle(articles.published(slug).get().card().id(), choice);
			redirect.addFlashAttribute("notice", "Comments " + said + " for the article " + slug + ".");
		}
		else {
			redirect.addFlashAttribute("notice", "No published " + scope + " with the slug " + slug + ".");
		}
		return "redirect:/admin/comments/settings";
	}

	@GetMapping("/admin/comments/privacy")
	String privacyPage(Authentication user, Model model) {
		editorModel.addTo(model, user);
		return "admin/comment-privacy";
	}

	@PostMapping("/admin/comments/privacy/export")
	ResponseEntity<byte[]> export(@RequestParam String email) {
		List<CommentPrivacy.StoredComment> stored = privacy.export(email);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comments-export.json\"")
			.body(json.writeValueAsBytes(stored));
	}

	@PostMapping("/admin/comments/privacy/erase")
	String erase(@RequestParam String email, RedirectAttributes redirect) {
		int erased = privacy.erase(email);
		redirect.addFlashAttribute("notice", erased + " comment(s) erased, with their replies and history.");
		return "redirect:/admin/comments/privacy";
	}

}
