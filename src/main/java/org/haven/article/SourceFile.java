package org.haven.article;

import java.util.Map;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * Where an article's file lives in {@code content/}, the hash of the bytes imported or
 * written (so an unchanged file is skipped), and the front-matter keys Haven does not
 * know, kept so that writing the file back loses nothing.
 */
@Embeddable
class SourceFile {

	private @Nullable String sourcePath;

	private @Nullable String contentHash;

	@Convert(converter = JsonColumns.MapConverter.class)
	private Map<String, Object> extra = Map.of();

	protected SourceFile() {
	}

	SourceFile(String path, String hash, Map<String, Object> extra) {
		this.sourcePath = path;
		this.contentHash = hash;
		this.extra = extra;
	}

	@Nullable String path() {
		return sourcePath;
	}

	/**
	 * Forgets the hash of the file last read, so that the next import reads the file
	 * again even if it comes back unchanged (an article withdrawn because its file was
	 * removed).
	 */
	void forgetHash() {
		this.contentHash = null;
	}

	Map<String, Object> extra() {
		return extra;
	}

}
