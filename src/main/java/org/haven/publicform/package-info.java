/**
 * Protection for reader forms (comments, newsletter sign-up) without a session or a
 * cookie: an origin check, a honeypot field, a signed time-limited form token shared by
 * every reader, and a rate limit keyed by a salted hash of the client address. Together
 * they replace CSRF on these forms, so reader pages stay cacheable.
 */
@NullMarked
package org.haven.publicform;

import org.jspecify.annotations.NullMarked;
