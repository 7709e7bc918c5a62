/**
 * The static export: the whole public site written as files any static host serves at the
 * same addresses, with its redirects.
 */
@NullMarked
package org.haven.export;

import org.jspecify.annotations.NullMarked;
