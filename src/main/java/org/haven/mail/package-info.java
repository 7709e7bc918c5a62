/**
 * Outgoing mail: a persistent outbox (one row per recipient, idempotent by key), a worker
 * that sends it at a steady rate with retries, and mail rendered from the active theme's
 * {@code templates/email/*} as HTML and plain text.
 */
@NullMarked
package org.haven.mail;

import org.jspecify.annotations.NullMarked;
