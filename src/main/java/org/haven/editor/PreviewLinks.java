package org.haven.editor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

import org.haven.common.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft preview links: a random secret (shown once, only its SHA-256 hash stored), valid
 * for {@code haven.editor.preview-link-validity} (7 days) unless revoked, which takes
 * effect on the next request since every request looks the link up.
 */
@Service
class PreviewLinks {

	/** A link as its article's page lists it. */
	record LinkView(long id, String createdBy, Instant createdAt, Instant expiresAt, boolean works) {
	}

	private final PreviewLinkRepository links;

	private final Clock clock;

	private final Duration validity;

	private final SecureRandom random = new SecureRandom();

	PreviewLinks(PreviewLinkRepository links, Clock clock, EditorProperties properties) {
		this.links = links;
		this.clock = clock;
		this.validity = properties.previewLinkValidity();
	}

	/** A new link's secret, to be shown once. */
	@Transactional
	String create(long articleId, String by) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		links.save(new PreviewLink(articleId, Sha256.hex(secret), by, now, now.plus(validity)));
		return secret;
	}

	/** The article a working link shows; empty for an unknown, expired or revoked one. */
	@Transactional(readOnly = true)
	OptionalLong article(String secret) {
		Instant now = clock.instant();
		return links.findByTokenHash(Sha256.hex(secret))
			.filter(link -> link.worksAt(now))
			.map(link -> OptionalLong.of(link.getArticleId()))
			.orElse(OptionalLong.empty());
	}

	@Transactional(readOnly = true)
	List<LinkView> of(long articleId) {
		Instant now = clock.instant();
		return links.findByArticleIdOrderByCreatedAtDesc(articleId)
			.stream()
			.map(l -> new LinkView(l.getId(), l.getCreatedBy(), l.getCreatedAt(), l.getExpiresAt(), l.worksAt(now)))
			.toList();
	}

	@Transactional
	void revoke(long articleId, long id) {
		links.findByIdAndArticleId(id, articleId).ifPresent(PreviewLink::revoke);
	}

}
