package org.haven.article;

import org.springframework.core.Ordered;

/**
 * The order in which listeners of article and content events run. What was kept of the
 * changed article (its card) is forgotten first, so that everything after reads it anew;
 * derived data (the related and search indexes) is brought up to date next, and prepared
 * output (cached pages and feeds) is dropped last: a page rendered after the drop then
 * sees the new data, and one rendered before it is not kept (the caches refuse a render
 * that started before a drop).
 */
public final class ListenerOrder {

	/**
	 * Listeners that forget what they kept of a changed article, so that the listeners
	 * after them read it afresh.
	 */
	public static final int FORGET_KEPT_READS = Ordered.HIGHEST_PRECEDENCE;

	/** Listeners that update what pages are built from. */
	public static final int UPDATE_DERIVED_DATA = 0;

	/** Listeners that drop what was built from it. */
	public static final int DROP_PREPARED_OUTPUT = Ordered.LOWEST_PRECEDENCE;

	private ListenerOrder() {
	}

}
