/**
 * Related posts: an in-memory tag index refreshed on article events, scored by
 * IDF-weighted tag overlap, usable with or without Spring
 * ({@link org.haven.related.RelatedIndex}).
 */
@NullMarked
package org.haven.related;

import org.jspecify.annotations.NullMarked;
