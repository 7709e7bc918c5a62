package org.haven.config;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's signing keys, by name, in the database ({@code site_key}): 32 random
 * bytes each, made the first time a key is used. Kept with the data rather than in a
 * node's data directory, so a form served by one node is accepted by another and a link
 * mailed from one works on all of them, and never in the repository.
 */
@Component
public class SiteKeys {

	private static final int LENGTH = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	public SiteKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The key of this name, read (or made) when it first signs something. */
	public SigningKey named(String name) {
		return named(name, Optional::empty);
	}

	/**
	 * The key of this name; if there is none yet, {@code earlier} may give the key an
	 * earlier version kept elsewhere, so what it signed keeps working.
	 */
	public SigningKey named(String name, Supplier<Optional<byte[]>> earlier) {
		return SigningKey.lazy(() -> loadOrCreate(name, earlier));
	}

	private byte[] loadOrCreate(String name, Supplier<Optional<byte[]>> earlier) {
		Optional<byte[]> stored = ownTransaction.execute(status -> stored(name));
		if (stored != null && stored.isPresent()) {
			return stored.get();
		}
		byte[] key = earlier.get().orElseGet(SiteKeys::random);
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.sql("insert into site_key (name, secret) values (?, ?)")
				.params(name, Base64.getEncoder().encodeToString(key))
				.update());
			return key;
		}
		catch (DuplicateKeyException ex) {
			// another node made it a moment before: theirs is the key
			return ownTransaction.execute(status -> stored(name)).orElseThrow(() -> ex);
		}
	}

	private Optional<byte[]> stored(String name) {
		return jdbc.sql("select secret from site_key where name = ?")
			.param(name)
			.query(String.class)
			.optional()
			.map(Base64.getDecoder()::decode);
	}

	private static byte[] random() {
		byte[] key = new byte[LENGTH];
		RANDOM.nextBytes(key);
		return key;
	}

}
