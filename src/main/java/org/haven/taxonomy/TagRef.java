package org.haven.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A tag as an article holds it: the normalised slug and the label as the author wrote it.
 */
@Embeddable
public record TagRef(@Column(name = "slug") String slug, @Column(name = "label") String label) {
}
