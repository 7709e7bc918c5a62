/**
 * Operations run from the command line instead of the web server: {@code backup} and
 * {@code restore}. {@link Commands} names each one; {@code HavenApplication} hands over
 * to it when the first argument is a command's name.
 */
@NullMarked
package org.haven.ops;

import org.jspecify.annotations.NullMarked;
