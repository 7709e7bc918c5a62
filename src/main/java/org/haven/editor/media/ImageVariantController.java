package org.haven.editor.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The smaller copies named in {@code srcset}: {@code /media/480w/lake.jpg}, made on first
 * request if need be.
 */
@Controller
class ImageVariantController {

	private final MediaLibrary library;

	private final ImageVariants variants;

	ImageVariantController(MediaLibrary library, ImageVariants variants) {
		this.library = library;
		this.variants = variants;
	}

	@GetMapping("/media/{width:[0-9]{1,4}}w/{name}")
	ResponseEntity<Resource> variant(@PathVariable int width, @PathVariable String name, WebRequest request)
			throws IOException {
		Path copy = library.find(name).flatMap(original -> variants.variant(original, width)).orElse(null);
		if (copy == null) {
			return ResponseEntity.notFound().build();
		}
		long modified = Files.getLastModifiedTime(copy).toMillis();
		if (request.checkNotModified(modified)) {
			return ResponseEntity.status(304).cacheControl(MediaWebConfiguration.CACHING).build();
		}
		return ResponseEntity.ok()
			.cacheControl(MediaWebConfiguration.CACHING)
			.lastModified(modified)
			.contentType(contentType(copy, name))
			.body(new FileSystemResource(copy));
	}

	/** A WebP's copies are JPEG or PNG: the type comes from the copy's bytes. */
	private static MediaType contentType(Path copy, String name) throws IOException {
		byte[] start;
		try (InputStream in = Files.newInputStream(copy)) {
			start = in.readNBytes(16);
		}
		return ImageHeader.typeOf(start)
			.flatMap(type -> MediaTypeFactory.getMediaType("copy." + type))
			.or(() -> MediaTypeFactory.getMediaType(name))
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
	}

}
