package org.haven.editor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with a brake: too many failures for an account or from an address lock
 * sign-in for a while.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String account = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
				: null;
		if (throttle.locked(account, address)) {
			throw new LockedException("too many failed sign-ins");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(account);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(account, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
