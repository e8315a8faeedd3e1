package org.kinbridge.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyTest {

	@Test
	void keysAnAuthenticatedRequestByTheTokensSubject() {
		String first = RateLimitGlobalFilter.clientKey(signedIn("officer.phutan", List.of("COMMUNE_OFFICER"))).block();
		String second = RateLimitGlobalFilter.clientKey(signedIn("officer.phutan", List.of("AUDITOR"))).block();
		String other = RateLimitGlobalFilter.clientKey(signedIn("chair.phutan", List.of("COMMUNE_CHAIR"))).block();

		assertThat(first).isEqualTo("user:officer.phutan").isEqualTo(second);
		assertThat(other).isEqualTo("user:chair.phutan");
	}

	@Test
	void keysAnAnonymousRequestByItsClientAddress() {
		assertThat(RateLimitGlobalFilter.clientKey(anonymous()).block()).isEqualTo("address:192.0.2.7");
	}

	private static ServerWebExchange signedIn(String subject, List<String> roles) {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject(subject)
			.claim("roles", roles)
			.claim("province", "91")
			.issuedAt(Instant.parse("2026-11-29T00:00:00Z"))
			.build();
		return anonymous().mutate().principal(Mono.just(new JwtAuthenticationToken(jwt))).build();
	}

	private static ServerWebExchange anonymous() {
		return MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/cases").remoteAddress(new InetSocketAddress("192.0.2.7", 50_000)));
	}

}
