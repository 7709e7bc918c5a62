package org.haven.site;

import java.util.List;
import java.util.Set;

import org.haven.article.AuthorView;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.TagCount;
import org.jspecify.annotations.Nullable;

/**
 * The newsletter form, for signing up ({@code signup}) or for changing a subscription
 * ({@code manage}): what a reader can follow, what they chose (kept when the form is
 * re-shown), and the answer to show as a message key of the theme.
 */
record SubscribeModel(String mode, Chosen chosen, Topics topics, @Nullable String message, boolean problem,
		@Nullable Link link) {

	/** What the reader typed and ticked. */
	record Chosen(String email, Set<String> topics, String frequency, boolean paused) {

		public boolean has(String topic) {
			return topics.contains(topic);
		}

	}

	/** Everything one can follow. */
	record Topics(List<CategoryView> categories, List<TagCount> tags, List<AuthorView> authors) {
	}

	/** The signed token of the subscription being managed. */
	record Link(String token, String signature, String unsubscribeSignature) {
	}

}
