package org.haven.editor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.common.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes personal API tokens. A token ({@code hvn_} + 32 random
 * bytes) is shown once; the database keeps its SHA-256 hash, which is enough for a
 * high-entropy secret and lets a lookup be one indexed query.
 */
@Service
class ApiTokens {

	static final String PREFIX = "hvn_";

	private final ApiTokenRepository tokens;

	private final EditorAccounts accounts;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, EditorAccounts accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A token as its owner's list shows it (never the secret). */
	record TokenView(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt, boolean revoked,
			TokenScope scope, @Nullable Instant expiresAt, boolean expired) {
	}

	/** A valid token's owner and what the token lets them do. */
	record Grant(UserDetails user, TokenScope scope) {
	}

	/** A token that may write and does not expire. */
	String issue(String owner, String name) {
		return issue(owner, name, TokenScope.WRITE, null);
	}

	/**
	 * Creates a token for {@code owner} and returns the secret, which is not stored and
	 * cannot be shown again.
	 */
	@Transactional
	String issue(String owner, String name, TokenScope scope, @Nullable Duration validFor) {
		if (name.isBlank()) {
			throw new DraftRejected(List.of(new DraftProblem("name", "Name the token, for example 'import script'.")));
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		tokens.save(new ApiToken(owner, name.strip(), hash(secret), now, scope,
				validFor == null ? null : now.plus(validFor)));
		return secret;
	}

	/**
	 * The owner's account and the token's scope for a valid, unrevoked, unexpired token
	 * of an enabled account; records when it was used.
	 */
	@Transactional
	Optional<Grant> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return tokens.findByTokenHashAndRevokedFalse(hash(secret))
			.filter(token -> !token.expiredAt(clock.instant()))
			.flatMap(token -> {
				try {
					UserDetails user = accounts.loadUserByUsername(token.getOwnerEmail());
					if (!user.isEnabled()) {
						return Optional.empty();
					}
					token.used(clock.instant());
					return Optional.of(new Grant(user, token.getScope()));
				}
				catch (UsernameNotFoundException ex) {
					return Optional.empty();
				}
			});
	}

	@Transactional(readOnly = true)
	List<TokenView> of(String owner) {
		return tokens.findByOwnerEmailIgnoreCaseOrderByCreatedAtDesc(owner)
			.stream()
			.map(t -> new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.isRevoked(),
					t.getScope(), t.getExpiresAt(), t.expiredAt(clock.instant())))
			.toList();
	}

	@Transactional
	void revoke(String owner, long id) {
		tokens.findByIdAndOwnerEmailIgnoreCase(id, owner).ifPresent(ApiToken::revoke);
	}

	static String hash(String secret) {
		return Sha256.hex(secret);
	}

}
