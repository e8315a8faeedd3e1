package org.kinbridge.auth.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The configured users, by id: the login form checks their password, the token customizer
 * reads their claims.
 */
public final class UserDirectory {

	private final Map<String, AuthUser> users = new LinkedHashMap<>();

	public UserDirectory(List<AuthUser> users) {
		for (AuthUser user : users) {
			if (this.users.putIfAbsent(user.id(), user) != null) {
				throw new IllegalArgumentException("The user " + user.id() + " is defined twice");
			}
		}
	}

	public Optional<AuthUser> find(String id) {
		return Optional.ofNullable(this.users.get(id));
	}

	public List<AuthUser> all() {
		return List.copyOf(this.users.values());
	}

	/**
	 * Every user with the same password, hashed once: the plain text is never kept, and
	 * one hash instead of one per user keeps startup quick.
	 */
	public UserDetailsService userDetailsService(String password, PasswordEncoder encoder) {
		String hash = encoder.encode(password);
		List<UserDetails> details = this.users.values()
			.stream()
			.map((user) -> User.withUsername(user.id())
				.password(hash)
				.authorities(user.roles().stream().map((role) -> "ROLE_" + role).toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(details);
	}

}
