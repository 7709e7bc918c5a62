package org.haven.article;

/** No article (or revision) with that id. */
public class ArticleNotFound extends RuntimeException {

	public ArticleNotFound(String what) {
		super(what + " not found");
	}

}
