package org.haven.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editor accounts: sign-in lookups by e-mail, and creating accounts with a checked e-mail
 * and a long password.
 */
@Service
class EditorAccounts implements UserDetailsService {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final EditorUserRepository users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	EditorAccounts(EditorUserRepository users, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** An account as the admin screens show it. */
	record Account(String email, String displayName, Role role, boolean enabled, @Nullable String authorSlug) {
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		EditorUser user = find(email).orElseThrow(() -> new UsernameNotFoundException("no account"));
		return new EditorPrincipal(user.getEmail(), user.getPasswordHash(), user.isEnabled(),
				AuthorityUtils.createAuthorityList(user.getRole().authorities()), user.getSecurityStamp());
	}

	/**
	 * The account's security stamp now, or -1 when it no longer exists or may not sign
	 * in.
	 */
	@Transactional(readOnly = true)
	public long currentStamp(String email) {
		return find(email).filter(EditorUser::isEnabled).map(EditorUser::getSecurityStamp).orElse(-1L);
	}

	/**
	 * The account an address names, spelled as {@link AccountEmails} spells it: the
	 * database narrows by case, the normalised spelling decides.
	 */
	private Optional<EditorUser> find(String email) {
		String key = AccountEmails.normalise(email);
		return users.findByEmailIgnoreCase(key).filter(user -> AccountEmails.normalise(user.getEmail()).equals(key));
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return users.count() == 0;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return users.findAllByOrderByEmailAsc()
			.stream()
			.map(u -> new Account(u.getEmail(), u.getDisplayName(), u.getRole(), u.isEnabled(), u.getAuthorSlug()))
			.toList();
	}

	/**
	 * Sets a new password (an admin for someone who forgot theirs, or a person for
	 * themselves).
	 */
	@Transactional
	public void changePassword(String email, String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new DraftRejected(List.of(new DraftProblem("password",
					"Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.")));
		}
		user(email).changePassword(passwords.encode(password));
	}

	/** The author profile the account signs clinical reviews as, if it has one. */
	@Transactional(readOnly = true)
	public Optional<String> authorProfile(String email) {
		return find(email).map(EditorUser::getAuthorSlug);
	}

	/**
	 * Changes what an account may do, which author profile it reviews as, or stops it
	 * signing in; an admin cannot lock themselves out this way.
	 */
	@Transactional
	public void update(String email, Role role, boolean enabled, @Nullable String authorSlug, String actingAdmin) {
		EditorUser user = user(email);
		if (user.getEmail().equalsIgnoreCase(actingAdmin) && (!enabled || role != Role.ADMIN)) {
			throw new DraftRejected(List
				.of(new DraftProblem("role", "You cannot remove your own admin role or disable your own account.")));
		}
		user.setRole(role);
		user.setEnabled(enabled);
		user.setAuthorSlug(authorSlug == null || authorSlug.isBlank() ? null : authorSlug.strip());
	}

	private EditorUser user(String email) {
		return find(email).orElseThrow(
				() -> new DraftRejected(List.of(new DraftProblem("email", "There is no account for " + email + "."))));
	}

	/**
	 * Creates an account, or throws {@link DraftRejected} naming the fields that are not
	 * right.
	 */
	@Transactional
	public Account create(String email, String displayName, String password, Role role) {
		String normalised = AccountEmails.normalise(email);
		List<DraftProblem> problems = new ArrayList<>();
		if (!EMAIL.matcher(normalised).matches()) {
			problems.add(new DraftProblem("email", "Enter an e-mail address, like name@example.org."));
		}
		else if (users.existsByEmailIgnoreCase(normalised)) {
			problems.add(new DraftProblem("email", "There is already an account for " + normalised + "."));
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(new DraftProblem("password", "Choose a password of at least " + MIN_PASSWORD_LENGTH
					+ " characters; a short sentence works well."));
		}
		if (!problems.isEmpty()) {
			throw new DraftRejected(problems);
		}
		String name = displayName.isBlank() ? normalised.substring(0, normalised.indexOf('@')) : displayName.strip();
		users.save(new EditorUser(normalised, name, passwords.encode(password), role, clock.instant()));
		return new Account(normalised, name, role, true, null);
	}

}
