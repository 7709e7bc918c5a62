/**
 * Reader comments: submission through the scored spam chain and the crisis-language hold,
 * moderation (with an audit of who did what), one level of replies, per-site, category
 * and article switches, comment counts and the commenter's own deletion.
 */
@NullMarked
package org.haven.comment;

import org.jspecify.annotations.NullMarked;
