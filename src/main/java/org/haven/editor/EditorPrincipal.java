package org.haven.editor;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in editor account, remembering the account's security stamp at sign-in so a
 * later change of its rights ends the session ({@link SecurityStampFilter}).
 */
class EditorPrincipal extends User {

	private static final long serialVersionUID = 1L;

	private final long securityStamp;

	EditorPrincipal(String email, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, long securityStamp) {
		super(email, passwordHash, enabled, true, true, true, authorities);
		this.securityStamp = securityStamp;
	}

	long securityStamp() {
		return securityStamp;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
