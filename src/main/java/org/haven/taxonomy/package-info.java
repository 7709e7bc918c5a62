/** The vocabulary readers browse by: categories with counts and the tag cloud, derived from published articles. */
@NullMarked
package org.haven.taxonomy;

import org.jspecify.annotations.NullMarked;
