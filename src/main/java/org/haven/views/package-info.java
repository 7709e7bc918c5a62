/**
 * Article view counts without tracking: a filter in front of the page cache counts
 * readers' article views in memory as daily totals per article, a flusher adds them to
 * the database every few seconds, and {@link org.haven.views.Views} reads them back for
 * editors and themes. Nothing about the reader is kept: no address, cookie, agent or
 * fingerprint.
 */
@NullMarked
package org.haven.views;

import org.jspecify.annotations.NullMarked;
