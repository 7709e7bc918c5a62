/**
 * Safe-messaging checks on how articles write about suicide and self-harm: a data-driven
 * rule set (built in, and {@code content/safe-messaging.yaml}) run over Markdown text.
 * Part of the content leaf, so that saving, importing and the publish checks in
 * {@code article} can all run it.
 */
@NullMarked
package org.haven.content.safemessaging;

import org.jspecify.annotations.NullMarked;
