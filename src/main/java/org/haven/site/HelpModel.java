package org.haven.site;

import org.haven.care.HelpRegion;
import org.haven.care.InternationalDirectory;

/**
 * The help page: the site's region ({@code regionName} in the site's language) with its
 * services, and the directory for readers elsewhere.
 */
public record HelpModel(HelpRegion region, String regionName, InternationalDirectory directory) {
}
