/**
 * What a mental-health publisher needs and no other CMS has: crisis and support services
 * by region ({@code help.yaml}) behind the {@link org.haven.care.HelpDirectory} facade.
 */
@NullMarked
package org.haven.care;

import org.jspecify.annotations.NullMarked;
