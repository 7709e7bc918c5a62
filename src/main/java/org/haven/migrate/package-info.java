/**
 * Importers from other systems: a WordPress export (WXR) becomes Markdown files in
 * {@code content/}, imported like every other file.
 */
@NullMarked
package org.haven.migrate;

import org.jspecify.annotations.NullMarked;
