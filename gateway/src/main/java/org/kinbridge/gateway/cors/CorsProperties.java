package org.kinbridge.gateway.cors;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which browser origins may call the API. The web client will be served by the gateway
 * itself, so the default is the gateway's own local address.
 *
 * @param allowedOrigins exact origins such as {@code https://kinbridge.angiang.gov.vn}
 */
@ConfigurationProperties("kinbridge.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

	public CorsProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of("http://localhost:8080");
	}

}
