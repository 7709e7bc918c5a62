/**
 * Themes: folders under {@code themes/} with a {@code theme.yaml} manifest, Thymeleaf
 * templates and static assets. Discovers them, resolves {@code extends} chains and
 * resolves templates against the active theme.
 */
@NullMarked
package org.haven.theme;

import org.jspecify.annotations.NullMarked;
