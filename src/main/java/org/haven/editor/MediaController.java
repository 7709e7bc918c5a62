package org.haven.editor;

import java.io.IOException;
import java.util.List;

import org.haven.article.DraftRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The media library: upload an image, then copy its Markdown into an article. */
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
			byte[] bytes = file == null ? new byte[0] : file.getBytes();
			String name = file == null || file.getOriginalFilename() == null ? "image" : file.getOriginalFilename();
			MediaLibrary.MediaFile stored = media.store(name, bytes);
			redirect.addFlashAttribute("notice", "Uploaded " + stored.name() + ". Use it in an article with "
					+ stored.markdown() + " and describe what it shows.");
			return "redirect:/admin/media";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems());
		}
	}

	private String page(Authentication user, Model model, List<?> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("files", media.list());
		model.addAttribute("problems", problems);
		model.addAttribute("maxMegabytes", MediaLibrary.MAX_BYTES / (1024 * 1024));
		return "admin/media";
	}

}
