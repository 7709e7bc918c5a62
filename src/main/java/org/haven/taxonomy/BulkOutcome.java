package org.haven.taxonomy;

import java.util.List;

/**
 * What a bulk change did: how many articles changed, and the ones that could not (with
 * why).
 */
public record BulkOutcome(int changed, List<String> refused) {
}
