package org.haven.article;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * An article's cover image and its description for people who cannot see it; both absent
 * without a cover.
 */
@Embeddable
class Cover {

	static final Cover NONE = new Cover();

	private @Nullable String cover;

	private @Nullable String coverAlt;

	protected Cover() {
	}

	Cover(@Nullable String image, @Nullable String description) {
		this.cover = image;
		this.coverAlt = description;
	}

	@Nullable String image() {
		return cover;
	}

	@Nullable String description() {
		return coverAlt;
	}

}
