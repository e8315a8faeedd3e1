package org.kinbridge.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the browser needs to log in: the authorization server it is sent to and the public
 * client it logs in as.
 *
 * @param issuer the OIDC issuer, as browsers reach it (its discovery document is read
 * from there)
 * @param clientId the public PKCE client of the web application
 */
@ConfigurationProperties("kinbridge.gateway.web")
public record WebClientProperties(String issuer, String clientId) {

	public WebClientProperties {
		issuer = (issuer == null || issuer.isBlank()) ? "http://localhost:9000" : stripTrailingSlash(issuer);
		clientId = (clientId == null || clientId.isBlank()) ? "kinbridge-web" : clientId;
	}

	private static String stripTrailingSlash(String uri) {
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

}
