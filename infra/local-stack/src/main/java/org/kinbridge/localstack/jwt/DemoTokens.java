package org.kinbridge.localstack.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logs every demo user in at the auth server and keeps each access token in {@code
 *
<dir>
 * /<user>.jwt}, where the README's curl examples read them.
 */
public final class DemoTokens {

	private final AuthorizationCodeLogin login;

	public DemoTokens(AuthorizationCodeLogin login) {
		this.login = login;
	}

	public Map<String, String> writeAll(Path dir) {
		Map<String, String> tokens = new LinkedHashMap<>();
		try {
			Files.createDirectories(dir);
			for (DemoUser user : DemoUser.ALL) {
				String token = this.login.accessToken(user.userId());
				Files.writeString(dir.resolve(user.userId() + ".jwt"), token);
				tokens.put(user.userId(), token);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
