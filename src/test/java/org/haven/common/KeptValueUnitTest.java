package org.haven.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A kept value is read once, read again after a change, never kept when a change
 * overlapped its read, and forgotten when the writing transaction it was read in rolls
 * back.
 */
class KeptValueUnitTest {

	final AtomicInteger reads = new AtomicInteger();

	final KeptValue<Integer> value = new KeptValue<>(reads::incrementAndGet);

	@AfterEach
	void noTransactionLeftOpen() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clear();
		}
	}

	@Test
	void isReadOnceUntilAChangeIsAnnounced() {
		assertThat(value.get()).isEqualTo(1);
		assertThat(value.get()).isEqualTo(1);

		value.forget();

		assertThat(value.get()).isEqualTo(2);
		assertThat(reads).hasValue(2);
	}

	@Test
	void aReadThatOverlapsAChangeIsReturnedButNotKept() {
		AtomicReference<KeptValue<Integer>> self = new AtomicReference<>();
		self.set(new KeptValue<>(() -> {
			int read = reads.incrementAndGet();
			if (read == 1) {
				self.get().forget(); // a change announced while the first read ran
			}
			return read;
		}));

		assertThat(self.get().get()).isEqualTo(1);
		assertThat(self.get().get()).as("read again").isEqualTo(2);
		assertThat(self.get().get()).as("then kept").isEqualTo(2);
	}

	@Test
	void aValueReadInAWritingTransactionIsForgottenIfItRollsBackAndKeptIfItCommits() {
		inWritingTransaction(() -> assertThat(value.get()).isEqualTo(1), TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(value.get()).as("read again after the rollback").isEqualTo(2);

		value.forget();
		inWritingTransaction(() -> assertThat(value.get()).isEqualTo(3), TransactionSynchronization.STATUS_COMMITTED);
		assertThat(value.get()).as("kept after the commit").isEqualTo(3);
	}

	private static void inWritingTransaction(Runnable action, int outcome) {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
		try {
			action.run();
			TransactionSynchronizationManager.getSynchronizations().forEach(sync -> sync.afterCompletion(outcome));
		}
		finally {
			TransactionSynchronizationManager.clear();
		}
	}

}
