package org.kinbridge.auth;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.kinbridge.auth.users.AuthUser;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The settings under {@code kinbridge.auth}; {@code application.yaml} maps each to its
 * environment variable.
 *
 * @param privateKey PEM file of the signing key (PKCS#8)
 * @param publicKey PEM file of its public key (X.509), the one the services trust
 * @param accessTokenTtl how long an access token is valid
 * @param demoPassword the one password of every demo user, local stack only
 * @param webRedirectUris where the web client may be sent back after login
 * @param extraWebRedirectUris more such addresses, e.g. a web client under development
 * @param cliRedirectUri the loopback address the launcher's client names; nobody listens
 * there, the launcher reads the code off the redirect
 * @param users the people who may log in
 */
@Validated
@ConfigurationProperties("kinbridge.auth")
public record AuthServerProperties(@NotNull Resource privateKey, @NotNull Resource publicKey,
		@NotNull Duration accessTokenTtl, @NotBlank String demoPassword, @NotEmpty List<String> webRedirectUris,
		List<String> extraWebRedirectUris, @NotBlank String cliRedirectUri, @NotEmpty List<@Valid AuthUser> users) {

	public AuthServerProperties {
		extraWebRedirectUris = (extraWebRedirectUris != null) ? extraWebRedirectUris : List.of();
	}

}
