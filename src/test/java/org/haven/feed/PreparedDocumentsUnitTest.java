package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Generated documents are built once and kept until the content changes, within a bound
 * in bytes, so asking for every tag's feed cannot fill the heap.
 */
class PreparedDocumentsUnitTest {

	static final int FEED_BYTES = 200 * 1024;

	final PreparedDocuments documents = new PreparedDocuments(DataSize.ofMegabytes(1), Runnable::run);

	final AtomicInteger builds = new AtomicInteger();

	Supplier<Optional<FeedDocument>> builder(int bytes) {
		return () -> {
			builds.incrementAndGet();
			return Optional.of(FeedDocument.of(new byte[bytes], Instant.EPOCH));
		};
	}

	@Test
	void aDocumentIsBuiltOnceUntilTheContentChanges() {
		FeedDocument first = documents.get("rss:site", builder(1000)).orElseThrow();
		FeedDocument second = documents.get("rss:site", builder(1000)).orElseThrow();

		assertThat(second).isSameAs(first);
		assertThat(builds).hasValue(1);

		documents.clear();
		assertThat(documents.get("rss:site", builder(1000))).get().isNotSameAs(first);
		assertThat(builds).hasValue(2);
	}

	@Test
	void everyTagsFeedAskedForOnceStaysWithinTheBoundWhileThePopularFeedStays() {
		for (int tag = 0; tag < 200; tag++) {
			documents.get("rss:site", builder(FEED_BYTES));
			documents.get("rss:tag:" + tag, builder(FEED_BYTES));
			assertThat(documents.keptBytes()).as("after tag %d", tag)
				.isLessThanOrEqualTo(DataSize.ofMegabytes(1).toBytes());
		}

		int before = builds.get();
		documents.get("rss:site", builder(FEED_BYTES));
		assertThat(builds.get()).as("the feed asked for every time is still kept").isEqualTo(before);
		assertThat(before).as("200 tag feeds and the site feed once").isEqualTo(201);
	}

	@Test
	void aDocumentBuiltWhileTheContentChangedIsServedButNotKept() {
		Supplier<Optional<FeedDocument>> changedMeanwhile = () -> {
			builds.incrementAndGet();
			documents.clear();
			return Optional.of(FeedDocument.of(new byte[10], Instant.EPOCH));
		};

		assertThat(documents.get("atom:site", changedMeanwhile)).isPresent();
		assertThat(documents.keptBytes()).isZero();

		documents.get("atom:site", builder(10));
		assertThat(builds).as("built again").hasValue(2);
	}

	@Test
	void aDocumentLargerThanTheWholeBoundIsServedEveryTimeButNeverKept() {
		int tooLarge = (int) DataSize.ofMegabytes(2).toBytes();

		assertThat(documents.get("sitemap", builder(tooLarge))).get()
			.satisfies(document -> assertThat(document.body()).hasSize(tooLarge));
		assertThat(documents.get("sitemap", builder(tooLarge))).isPresent();
		assertThat(builds).hasValue(2);
		assertThat(documents.keptBytes()).isZero();
	}

	@Test
	void aScopeThatDoesNotExistIsNotKept() {
		Supplier<Optional<FeedDocument>> missing = () -> {
			builds.incrementAndGet();
			return Optional.empty();
		};

		assertThat(documents.get("rss:tag:nothing", missing)).isEmpty();
		assertThat(documents.get("rss:tag:nothing", missing)).isEmpty();
		assertThat(builds).hasValue(2);
		assertThat(documents.keptBytes()).isZero();
	}

}
