package org.haven.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working copy the editor autosaves while someone writes: kept beside the article,
 * never in it, so a published article stays as it was until someone saves. Each tab
 * carries the count of the run it continues ({@code token}); a tab that missed another
 * tab's autosave, or a save, is in conflict and changes nothing.
 */
@Service
class Autosaves {

	/** A run of autosaves as the history lists it. */
	record Run(Instant startedAt, Instant savedAt, long count, String savedBy, boolean open) {
	}

	/** The open working copy of an article: the form, and the token to continue it. */
	record WorkingCopy(ArticleForm form, long token, long baseVersion, Instant savedAt) {
	}

	/** Why an autosave was refused: another tab or a save came first. */
	static final class Conflict extends RuntimeException {

		Conflict(String message) {
			super(message);
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AutosaveRepository repository;

	private final Clock clock;

	Autosaves(AutosaveRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Records {@code form} as the working copy of article {@code articleId} at
	 * {@code articleVersion}, continuing the run {@code token} (null: no run yet), and
	 * returns the token for the next one.
	 */
	@Transactional
	long autosave(long articleId, long articleVersion, long currentVersion, @Nullable Long token, ArticleForm form,
			String by) {
		if (articleVersion != currentVersion) {
			throw new Conflict("the article was saved at version " + currentVersion);
		}
		Instant now = clock.instant();
		Optional<Autosave> open = repository.findFirstByArticleIdAndOpenTrueOrderByIdDesc(articleId);
		if (open.isPresent() ? token == null || token != open.get().getSequence() : token != null) {
			throw new Conflict("another tab autosaved this article");
		}
		Autosave run = open.orElseGet(() -> new Autosave(articleId, articleVersion, now));
		run.record(JSON.writeValueAsString(form), by, now);
		try {
			return repository.saveAndFlush(run).getSequence();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new Conflict("another tab autosaved this article at the same moment");
		}
	}

	@Transactional(readOnly = true)
	Optional<WorkingCopy> workingCopy(long articleId) {
		return repository.findFirstByArticleIdAndOpenTrueOrderByIdDesc(articleId)
			.map(run -> new WorkingCopy(JSON.readValue(run.getForm(), ArticleForm.class), run.getSequence(),
					run.getBaseVersion(), run.getSavedAt()));
	}

	/**
	 * A save (or the writer) ends the run: its text is in a revision now, or unwanted.
	 */
	@Transactional
	void close(long articleId) {
		repository.findFirstByArticleIdAndOpenTrueOrderByIdDesc(articleId).ifPresent(Autosave::close);
	}

	@Transactional(readOnly = true)
	List<Run> runs(long articleId) {
		return repository.findByArticleIdOrderByStartedAtDesc(articleId)
			.stream()
			.map(a -> new Run(a.getStartedAt(), a.getSavedAt(), a.getCount(), a.getSavedBy(), a.isOpen()))
			.toList();
	}

}
