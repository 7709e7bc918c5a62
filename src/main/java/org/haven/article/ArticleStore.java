package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps a saved article: the row, a new revision holding the whole file, the clinical
 * review bookkeeping that goes with it, and the file itself in {@code content/}. Runs
 * inside the caller's transaction and writes the file last, so a failed write rolls
 * everything back.
 */
@Component
class ArticleStore {

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final ArticleFileWriter files;

	private final ReviewRecords reviews;

	ArticleStore(ArticleRepository articles, RevisionRepository revisions, ArticleFileWriter files,
			ReviewRecords reviews) {
		this.articles = articles;
		this.revisions = revisions;
		this.files = files;
		this.reviews = reviews;
	}

	/**
	 * Saves {@code article}, whose file {@code source} now lives at {@code path} and used
	 * to live at {@code oldPath}. With a sign-off, the new revision is the one signed
	 * off; without one, an edit that leaves the approval no longer
	 * {@code reviewStillCurrent} makes the review stale.
	 */
	Article save(Article article, String source, String contentHash, Instant now, String user, String path,
			@Nullable String oldPath, ReviewRecords.@Nullable Action signOff, boolean reviewStillCurrent) {
		boolean isNew = article.getId() == null;
		if (signOff == null && article.getReview().reviewedRevision() != null && !reviewStillCurrent) {
			article.getReview().markStale();
		}
		Article saved = articles.saveAndFlush(article);
		int number = isNew ? 1 : revisions.lastNumber(saved.getId()) + 1;
		revisions.saveAndFlush(new Revision(saved.getId(), number, source, contentHash, now, user));
		if (signOff != null) {
			reviews.record(saved, number, signOff, now);
			saved = articles.saveAndFlush(saved);
		}
		files.writeBack(path, oldPath, source.getBytes(StandardCharsets.UTF_8));
		return saved;
	}

	/**
	 * Whether the approval of {@code article} still covers it once its body reads
	 * {@code editedBody}.
	 */
	boolean reviewStillCurrent(Article article, String editedBody) {
		return reviews.stillCurrent(article, editedBody);
	}

	Optional<String> revisionSource(long id, int number) {
		return revisions.findByArticleIdAndNumber(id, number).map(Revision::getSource);
	}

}
