/**
 * Cross-cutting HTTP: the anonymous page cache, theme assets with fingerprinted URLs, and
 * themed error pages.
 */
@NullMarked
package org.haven.web;

import org.jspecify.annotations.NullMarked;
