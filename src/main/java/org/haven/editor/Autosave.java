package org.haven.editor;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A run of autosaves of one article between two saves: the latest working copy of the
 * form, how many autosaves it folds together ({@link #getSequence()}) and when they began
 * and ended. It never changes the article; a save closes it.
 */
@Entity
@Table(name = "article_autosave")
class Autosave {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long articleId;

	private long baseVersion;

	/** Counts the autosaves of the run; a tab sending an older count is in conflict. */
	@Version
	private long sequence;

	private int count;

	private String form = "";

	private String savedBy = "";

	private Instant startedAt = Instant.EPOCH;

	private Instant savedAt = Instant.EPOCH;

	private boolean open = true;

	protected Autosave() {
	}

	Autosave(long articleId, long baseVersion, Instant at) {
		this.articleId = articleId;
		this.baseVersion = baseVersion;
		this.startedAt = at;
		this.savedAt = at;
	}

	void record(String form, String by, Instant at) {
		this.form = form;
		this.count++;
		this.savedBy = by;
		this.savedAt = at;
	}

	void close() {
		this.open = false;
	}

	long getArticleId() {
		return articleId;
	}

	long getBaseVersion() {
		return baseVersion;
	}

	long getSequence() {
		return sequence;
	}

	int getCount() {
		return count;
	}

	String getForm() {
		return form;
	}

	String getSavedBy() {
		return savedBy;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getSavedAt() {
		return savedAt;
	}

	boolean isOpen() {
		return open;
	}

}
