package org.kinbridge.gateway;

import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * The web client's files are served at {@code /app/} to anyone, with the settings it logs
 * in with and a policy that keeps its pages to the gateway and the authorization server;
 * nothing else became public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "KINBRIDGE_WEB_ISSUER=https://login.kinbridge.test/realms/kinbridge/")
class WebClientFilesTest {

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("KINBRIDGE_JWT_PUBLIC_KEY", TestTokens::publicKeyLocation);
	}

	@Test
	void servesTheStartPageWithoutAToken() {
		for (String path : new String[] { "/app/", "/app", "/app/index.html" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectBody(String.class)
				.value(containsString("js/app.js"));
		}
	}

	@Test
	void servesTheScriptsAndStylesWithoutAToken() {
		this.client.get().uri("/app/js/app.js").exchange().expectStatus().isOk();
		this.client.get().uri("/app/css/app.css").exchange().expectStatus().isOk();
		this.client.get().uri("/app/callback.html").exchange().expectStatus().isOk();
	}

	@Test
	void tellsTheBrowserWhichAuthorizationServerAndClientToLogInWith() {
		this.client.get()
			.uri("/app/config.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.issuer")
			.isEqualTo("https://login.kinbridge.test/realms/kinbridge")
			.jsonPath("$.clientId")
			.isEqualTo("kinbridge-web");
	}

	@Test
	void letsTheClientsPagesTalkOnlyToTheGatewayAndTheAuthorizationServer() {
		this.client.get()
			.uri("/app/")
			.exchange()
			.expectHeader()
			.value("Content-Security-Policy",
					containsString("connect-src 'self' https://login.kinbridge.test/realms/kinbridge;"))
			.expectHeader()
			.value("Content-Security-Policy", containsString("script-src 'self';"));
	}

	@Test
	void answersAMissingFileOfTheClientWith404() {
		this.client.get().uri("/app/js/missing.js").exchange().expectStatus().isNotFound();
	}

	@Test
	void keepsTheApiAndEverythingOutsideTheClientBehindTheToken() {
		this.client.get().uri("/api/cases").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/index.html").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/static/app/index.html").exchange().expectStatus().isUnauthorized();
	}

}
