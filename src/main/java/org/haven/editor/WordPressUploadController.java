package org.haven.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.content.DraftProblem;
import org.haven.migrate.ImportAlreadyRunning;
import org.haven.migrate.UploadedImport;
import org.haven.migrate.WordPressUploads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admins upload a WordPress export (WXR) at {@code /admin/import/wordpress} (the security
 * chain lets only ADMIN reach it); it is imported in the background by the same importer
 * as the {@code import-wordpress} command, and the progress page shows how far it is,
 * then its report. Media files come as a zip of {@code wp-content/uploads}: with the form
 * (within the multipart limit), or first on their own through {@code PUT .../media},
 * which the page's script uses and which streams the body to disk up to
 * {@code haven.migrate.max-media-archive}.
 */
@Controller
class WordPressUploadController {

	static final String PATH = "/admin/import/wordpress";

	private final WordPressUploads uploads;

	private final EditorModel editorModel;

	private final DataSize maxUpload;

	// the property rather than Boot's MultipartProperties bean, which only a web
	// application has: the import-wordpress command starts this context without one
	WordPressUploadController(WordPressUploads uploads, EditorModel editorModel,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxUpload) {
		this.uploads = uploads;
		this.editorModel = editorModel;
		this.maxUpload = DataSize.parse(maxUpload);
	}

	@GetMapping(PATH)
	String form(Authentication user, Model model) {
		return form(user, model, List.of());
	}

	@PostMapping(PATH)
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) MultipartFile media,
			@RequestParam(name = "media-upload", required = false) String mediaUpload, Authentication user, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(user, model,
					List.of(new DraftProblem("file", "Choose the export file (export.xml) to upload.")));
		}
		String name = nameOf(file, "export.xml");
		try {
			String mediaId = mediaUpload == null || mediaUpload.isBlank() ? null : mediaUpload;
			if (mediaId == null && media != null && !media.isEmpty()) {
				mediaId = uploads.stageMedia(nameOf(media, "uploads.zip"), media::transferTo);
			}
			uploads.start(name, file::transferTo, mediaId, user.getName());
			return "redirect:" + PATH + "/progress";
		}
		catch (WordPressUploads.MediaNotTaken | MediaTooLarge ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(user, model, List.of(new DraftProblem("media", ex.getMessage())));
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

	/**
	 * A media archive sent on its own (the body is the zip), before the form that names
	 * it in {@code media-upload}: no multipart limit applies, only
	 * {@code haven.migrate.max-media-archive}, checked against the declared length first
	 * and then while the body is copied.
	 */
	@PutMapping(PATH + "/media")
	ResponseEntity<Map<String, Object>> stageMedia(HttpServletRequest request,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
		long max = uploads.maxMediaBytes();
		if (request.getContentLengthLong() > max) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", tooLarge(max)));
		}
		try {
			String id = uploads.stageMedia(fileName == null || fileName.isBlank() ? "uploads.zip" : fileName,
					file -> copyAtMost(request.getInputStream(), file, max));
			return ResponseEntity.ok(Map.of("id", id));
		}
		catch (MediaTooLarge ex) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", ex.getMessage()));
		}
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

	private static String nameOf(MultipartFile file, String otherwise) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? otherwise : name;
	}

	private static void copyAtMost(InputStream body, Path file, long max) throws IOException {
		try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			long copied = 0;
			for (int n; (n = in.read(buffer)) > 0;) {
				copied += n;
				if (copied > max) {
					throw new MediaTooLarge(tooLarge(max));
				}
				out.write(buffer, 0, n);
			}
		}
	}

	private static String tooLarge(long max) {
		return "The media archive is larger than " + max / (1024 * 1024)
				+ " MB. Import it on the server with --media-dir instead.";
	}

	/** A media archive over {@code haven.migrate.max-media-archive}. */
	static final class MediaTooLarge extends IOException {

		MediaTooLarge(String message) {
			super(message);
		}

	}

	private String form(Authentication user, Model model, List<DraftProblem> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("problems", problems);
		model.addAttribute("job", uploads.latest().orElse(null));
		model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
		model.addAttribute("maxUploadBytes", maxUpload.toBytes());
		model.addAttribute("maxMediaMegabytes", uploads.maxMediaBytes() / (1024 * 1024));
		model.addAttribute("maxMediaBytes", uploads.maxMediaBytes());
		model.addAttribute("importScript", true);
		return "admin/import-wordpress";
	}

}
