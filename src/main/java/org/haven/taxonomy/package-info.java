/**
 * The vocabulary articles are filed under: declared categories
 * ({@code content/categories.yaml}), tags, the slugs they used to have, renames and
 * merges, and the tag cloud. A leaf below {@code article}: the importer and the publish
 * checks validate against it, so it never refers to articles; a change that articles must
 * follow is described here ({@link org.haven.taxonomy.VocabularyChange}) and applied by
 * them ({@link org.haven.taxonomy.VocabularyUsers}).
 */
@NullMarked
package org.haven.taxonomy;

import org.jspecify.annotations.NullMarked;
