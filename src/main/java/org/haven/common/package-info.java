/** Small helpers every module may use; a leaf that depends on nothing else in Haven. */
@NullMarked
package org.haven.common;

import org.jspecify.annotations.NullMarked;
