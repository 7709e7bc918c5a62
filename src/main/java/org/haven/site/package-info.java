/**
 * The reader site: controllers for every public page kind and the view models (records)
 * that themes render. Composes articles, taxonomy and the other reader modules for one
 * page.
 */
@NullMarked
package org.haven.site;

import org.jspecify.annotations.NullMarked;
