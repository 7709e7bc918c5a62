package org.haven.subscription;

import java.time.Instant;

import org.haven.config.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The signed links in mails: confirm a sign-up (expires), manage a subscription and
 * unsubscribe in one click (both for as long as the subscription lasts). Each purpose
 * signs differently, so one link cannot stand in for another.
 */
@Component
class NewsletterLinks {

	private final LinkSigner signer;

	private final SiteProperties site;

	NewsletterLinks(LinkSigner signer, SiteProperties site) {
		this.signer = signer;
		this.site = site;
	}

	String confirmUrl(String nonce, Instant expires) {
		long e = expires.getEpochSecond();
		return site.absolute("/subscribe/confirm?r=" + nonce + "&e=" + e + "&s=" + signer.sign("c." + nonce + "." + e));
	}

	boolean confirmSigned(String nonce, long expires, String signature) {
		return signer.verify("c." + nonce + "." + expires, signature);
	}

	String manageUrl(String token) {
		return site.absolute("/subscribe/manage?t=" + token + "&s=" + manageSignature(token));
	}

	String manageSignature(String token) {
		return signer.sign("m." + token);
	}

	boolean manageSigned(String token, String signature) {
		return signer.verify("m." + token, signature);
	}

	String unsubscribeUrl(String token) {
		return site.absolute("/subscribe/unsubscribe?t=" + token + "&s=" + unsubscribeSignature(token));
	}

	String unsubscribeSignature(String token) {
		return signer.sign("u." + token);
	}

	boolean unsubscribeSigned(String token, String signature) {
		return signer.verify("u." + token, signature);
	}

}
