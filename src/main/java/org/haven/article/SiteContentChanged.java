package org.haven.article;

/**
 * Something readers see changed beyond what the per-article {@link ArticleEvent}s say:
 * pages, categories, or an import finished. Caches of whole pages listen to this.
 * {@code vocabularyChanged} is true when categories, content notes or authors changed,
 * which alters every article's card (names, labels, credentials), so indexes built from
 * cards must be rebuilt; an import that changed hundreds of articles sets it too, since
 * one rebuild costs less than as many updates.
 */
public record SiteContentChanged(String reason, boolean vocabularyChanged) {

	/**
	 * A change the per-article events already describe (pages, scheduled publication).
	 */
	public SiteContentChanged(String reason) {
		this(reason, false);
	}

}
