/**
 * The newsletter: double opt-in sign-ups, subscribers and their choices, signed links to
 * manage them, and the mails an article going live (or the weekly digest) puts in the
 * outbox.
 */
@NullMarked
package org.haven.subscription;

import org.jspecify.annotations.NullMarked;
