/**
 * Content pipeline: front matter, CommonMark rendering, sanitising, table of contents and
 * reading time. Knows nothing of the web or the database.
 */
@NullMarked
package org.haven.content;

import org.jspecify.annotations.NullMarked;
