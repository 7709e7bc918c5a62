/**
 * Site-wide settings, the clock, and the security filter chain shared by every module.
 */
@NullMarked
package org.haven.config;

import org.jspecify.annotations.NullMarked;
