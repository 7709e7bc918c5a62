package org.haven.editor;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.content.DraftProblem;
import org.haven.migrate.ImportAlreadyRunning;
import org.haven.migrate.UploadedImport;
import org.haven.migrate.WordPressUploads;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admins upload a WordPress export (WXR) at {@code /admin/import/wordpress} (the security
 * chain lets only ADMIN reach it); it is imported in the background by the same importer
 * as the {@code import-wordpress} command, and the progress page shows how far it is,
 * then its report. Media files come through the command's {@code --media-dir}.
 */
@Controller
class WordPressUploadController {

	static final String PATH = "/admin/import/wordpress";

	private final WordPressUploads uploads;

	private final EditorModel editorModel;

	private final DataSize maxUpload;

	WordPressUploadController(WordPressUploads uploads, EditorModel editorModel, MultipartProperties multipart) {
		this.uploads = uploads;
		this.editorModel = editorModel;
		this.maxUpload = multipart.getMaxFileSize();
	}

	@GetMapping(PATH)
	String form(Authentication user, Model model) {
		return form(user, model, List.of());
	}

	@PostMapping(PATH)
	String upload(@RequestParam(required = false) MultipartFile file, Authentication user, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(user, model,
					List.of(new DraftProblem("file", "Choose the export file (export.xml) to upload.")));
		}
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "export.xml"
				: file.getOriginalFilename();
		try {
			uploads.start(name, file::transferTo, user.getName());
			return "redirect:" + PATH + "/progress";
		}
		catch (ImportAlreadyRunning ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(user, model, List.of(new DraftProblem("file", "An import of " + ex.fileName()
					+ " is still running. Wait until it is done, then upload the next export.")));
		}
	}

	@GetMapping(PATH + "/progress")
	String progress(Authentication user, Model model) {
		UploadedImport latest = uploads.latest().orElse(null);
		if (latest == null) {
			return "redirect:" + PATH;
		}
		editorModel.addTo(model, user);
		model.addAttribute("job", latest);
		model.addAttribute("importScript", latest.running());
		return "admin/import-progress";
	}

	/** The same progress for the page's script, which updates the bar in place. */
	@GetMapping(value = PATH + "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> progressJson() {
		return uploads.latest().<ResponseEntity<Map<String, Object>>>map(job -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("state", job.state().name().toLowerCase(Locale.ROOT));
			body.put("done", job.done());
			body.put("total", job.total());
			body.put("text", job.statusText());
			return ResponseEntity.ok(body);
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String form(Authentication user, Model model, List<DraftProblem> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("problems", problems);
		model.addAttribute("job", uploads.latest().orElse(null));
		model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
		model.addAttribute("maxUploadBytes", maxUpload.toBytes());
		model.addAttribute("importScript", true);
		return "admin/import-wordpress";
	}

}
