package org.haven.care;

import java.util.Set;

import org.haven.article.ArticleCard;
import org.haven.article.ReviewProperties;
import org.springframework.stereotype.Component;

/**
 * Which articles are about a crisis topic: those with a content note listed in
 * {@code haven.review.crisis-notes} (suicide and self-harm unless configured). Their
 * pages and feed items show the crisis-support component at the top.
 */
@Component
public class CrisisTopics {

	private final Set<String> notes;

	public CrisisTopics(ReviewProperties review) {
		this.notes = Set.copyOf(review.crisisNotes());
	}

	public boolean concern(ArticleCard card) {
		return card.contentNotes().stream().anyMatch(note -> notes.contains(note.slug()));
	}

}
