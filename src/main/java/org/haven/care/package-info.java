/**
 * Clinical governance for mental-health publishing: safe-messaging checks on how articles write about suicide and
 * self-harm.
 */
@NullMarked
package org.haven.care;

import org.jspecify.annotations.NullMarked;
