package org.haven.site;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.comment.CommentCounts;
import org.haven.comment.Comments;
import org.haven.comment.CommentsOpen;
import org.haven.publicform.PublicForms;
import org.springframework.stereotype.Component;

/** Builds the comments part of an article page, with a fresh form token. */
@Component
class CommentSections {

	private final Comments comments;

	private final CommentsOpen open;

	private final CommentCounts counts;

	private final PublicForms forms;

	CommentSections(Comments comments, CommentsOpen open, CommentCounts counts, PublicForms forms) {
		this.comments = comments;
		this.open = open;
		this.counts = counts;
		this.forms = forms;
	}

	CommentSection of(ArticleCard card) {
		return of(card, CommentSection.Draft.EMPTY);
	}

	CommentSection of(ArticleCard card, CommentSection.Draft draft) {
		boolean shown = open.shown(card);
		return new CommentSection(shown, shown && open.open(card), shown ? comments.shown(card.id()) : List.of(),
				counts.of(card.id()), card.url() + "/comments", forms.protection(), draft, comments.maxLength());
	}

}
