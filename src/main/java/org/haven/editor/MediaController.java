package org.haven.editor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.editor.media.MediaLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library: upload an image, then copy its Markdown into an article. The
 * editor's "Insert an image" panel uploads through the same address asking for JSON, and
 * puts the image straight into the text.
 */
@Controller
class MediaController {

	private final MediaLibrary media;

	private final EditorModel editorModel;

	MediaController(MediaLibrary media, EditorModel editorModel) {
		this.media = media;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/media")
	String list(Authentication user, Model model) {
		return page(user, model, List.of());
	}

	@PostMapping("/admin/media")
	String upload(@RequestParam(required = false) MultipartFile file, Authentication user, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			MediaLibrary.MediaFile stored = store(file);
			redirect.addFlashAttribute("notice", "Uploaded " + stored.name() + ". Use it in an article with "
					+ stored.markdown() + " and describe what it shows.");
			return "redirect:/admin/media";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems());
		}
	}

	/**
	 * The same upload for the editor's script: the stored image, or 422 with the problem
	 * in words.
	 */
	@PostMapping(value = "/admin/media", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> uploadFromEditor(@RequestParam(required = false) MultipartFile file)
			throws IOException {
		try {
			MediaLibrary.MediaFile stored = store(file);
			return ResponseEntity.ok(Map.of("name", stored.name(), "url", stored.url(), "width", stored.width(),
					"height", stored.height()));
		}
		catch (DraftRejected ex) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(Map.of("errors", ex.problems().stream().map(DraftProblem::message).toList()));
		}
	}

	private MediaLibrary.MediaFile store(MultipartFile file) throws IOException {
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		String name = file == null || file.getOriginalFilename() == null ? "image" : file.getOriginalFilename();
		return media.store(name, bytes);
	}

	private String page(Authentication user, Model model, List<?> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("files", media.list());
		model.addAttribute("problems", problems);
		model.addAttribute("maxMegabytes", MediaLibrary.MAX_BYTES / (1024 * 1024));
		return "admin/media";
	}

}
