package org.kinbridge.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole server on a real port, driven as a browser would: authorize, log in on the
 * form with its CSRF token, follow the redirect to the code, redeem it with the PKCE
 * verifier.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.security.oauth2.authorizationserver.issuer=http://localhost:9000",
				"kinbridge.auth.demo-password=test-password", "kinbridge.auth.access-token-ttl=15m" })
class AuthorizationCodeFlowIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String REDIRECT = "http://127.0.0.1/kinbridge-cli/callback";

	private static final Path KEYS;

	private static final KeyPair PAIR;

	static {
		try {
			KEYS = Files.createTempDirectory("kinbridge-auth-it");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		PAIR = TestKeys.write(KEYS);
	}

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("kinbridge.auth.private-key", () -> "file:" + KEYS.resolve("private.pem"));
		registry.add("kinbridge.auth.public-key", () -> "file:" + KEYS.resolve("public.pem"));
	}

	@Test
	void issuesASignedTokenWithThePlatformClaimsThroughTheCodeFlowWithPkce() throws Exception {
		String accessToken = new Browser().logIn("officer.phutan", "test-password").path("access_token").asText();

		SignedJWT jwt = SignedJWT.parse(accessToken);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.getHeader().getKeyID())
			.isEqualTo(new RSAKey.Builder((RSAPublicKey) PAIR.getPublic()).build().computeThumbprint().toString());
		assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) PAIR.getPublic()))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
		assertThat(claims.getSubject()).isEqualTo("officer.phutan");
		assertThat(claims.getStringClaim("name")).isEqualTo("Cán bộ LĐ-TB&XH xã Phú Tân");
		assertThat(claims.getStringListClaim("roles")).containsExactly("COMMUNE_OFFICER");
		assertThat(claims.getStringClaim("province")).isEqualTo("91");
		assertThat(claims.getStringClaim("commune")).isEqualTo("30406");
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(15 * 60 * 1000L);
		assertThat(claims.getExpirationTime()).isAfter(new Date());
	}

	@Test
	void givesAProvinceWideUserOfTheSecondProvinceNoCommune() throws Exception {
		JWTClaimsSet claims = SignedJWT
			.parse(new Browser().logIn("province.hcm", "test-password").path("access_token").asText())
			.getJWTClaimsSet();

		assertThat(claims.getStringClaim("province")).isEqualTo("79");
		assertThat(claims.getStringListClaim("roles")).containsExactly("PROVINCE_OFFICER");
		assertThat(claims.getClaims()).doesNotContainKey("commune");
	}

	@Test
	void givesTheNationalAuditorTheAuditScopeClaim() throws Exception {
		JWTClaimsSet claims = SignedJWT
			.parse(new Browser().logIn("auditor.national", "test-password").path("access_token").asText())
			.getJWTClaimsSet();

		assertThat(claims.getStringClaim("audit_scope")).isEqualTo("national");
		assertThat(claims.getStringClaim("province")).isEqualTo("91");
		assertThat(claims.getStringListClaim("roles")).containsExactly("AUDITOR");
	}

	@Test
	void publishesTheSigningKeyWithItsKeyId() throws Exception {
		JsonNode keys = JSON.readTree(get("/oauth2/jwks").body()).path("keys");

		assertThat(keys).hasSize(1);
		assertThat(keys.get(0).path("kid").asText()).isNotBlank();
		assertThat(keys.get(0).path("alg").asText()).isEqualTo("RS256");
		assertThat(keys.get(0).has("d")).as("private part").isFalse();
	}

	@Test
	void rejectsAWrongPassword() throws Exception {
		assertThat(new Browser().submitLogin("officer.phutan", "kinbridge-demo")).endsWith("/login?error");
	}

	@Test
	void rejectsAnUnknownUser() throws Exception {
		assertThat(new Browser().submitLogin("officer.hanoi", "test-password")).endsWith("/login?error");
	}

	@Test
	void announcesTheConfiguredIssuerInTheDiscoveryDocument() throws Exception {
		JsonNode discovery = JSON.readTree(get("/.well-known/openid-configuration").body());

		assertThat(discovery.path("issuer").asText()).isEqualTo("http://localhost:9000");
		assertThat(discovery.path("jwks_uri").asText()).isEqualTo("http://localhost:9000/oauth2/jwks");
		assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
	}

	@Test
	void answersACallerThatIsNoBrowserWithAProblem() throws Exception {
		HttpResponse<String> response = get("/account");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(401);
	}

	@Test
	void refusesAnAuthorizationRequestWithoutPkce() throws Exception {
		Browser browser = new Browser();
		browser.submitLogin("officer.phutan", "test-password");

		HttpResponse<String> response = browser.send(HttpRequest
			.newBuilder(URI.create(url("/oauth2/authorize?response_type=code&client_id=kinbridge-cli&scope=openid"
					+ "&redirect_uri=" + encode(REDIRECT))))
			.header("Accept", "text/html"));

		assertThat(response.headers().firstValue("Location")).get().asString().contains("error=invalid_request");
	}

	@Test
	void letsTheWebClientOnTheGatewayRedeemItsCodeFromTheBrowser() throws Exception {
		HttpResponse<String> preflight = preflight("/oauth2/token", "http://localhost:8080");

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
	}

	@Test
	void refusesTheTokenEndpointToAPageOfAnotherOrigin() throws Exception {
		HttpResponse<String> preflight = preflight("/oauth2/token", "https://evil.example");

		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> preflight(String path, String origin) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One browser session: its own cookies, redirects read rather than followed. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String verifier = random();

		private final String state = random();

		JsonNode logIn(String user, String password) throws Exception {
			String afterLogin = submitLogin(user, password);
			HttpResponse<String> authorized = send(HttpRequest.newBuilder(URI.create(afterLogin)));
			String callback = authorized.headers().firstValue("Location").orElseThrow();
			assertThat(callback).startsWith(REDIRECT).contains("state=" + this.state);
			String code = parameter(callback, "code");
			HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(form(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
						"client_id", "kinbridge-cli", "code_verifier", this.verifier))));
			assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
			return JSON.readTree(token.body());
		}

		/**
		 * Starts the flow and posts the login form; returns where the server sends next.
		 */
		String submitLogin(String user, String password) throws Exception {
			String challenge = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(this.verifier.getBytes(StandardCharsets.US_ASCII)));
			HttpResponse<String> authorize = send(HttpRequest.newBuilder(URI.create(url("/oauth2/authorize"
					+ "?response_type=code&client_id=kinbridge-cli&scope=openid&redirect_uri=" + encode(REDIRECT)
					+ "&state=" + this.state + "&code_challenge=" + challenge + "&code_challenge_method=S256"))));
			assertThat(authorize.headers().firstValue("Location")).hasValue(url("/login"));
			String page = send(HttpRequest.newBuilder(URI.create(url("/login")))).body();
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
			assertThat(csrf.find()).as("CSRF field in the login page").isTrue();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("username", user);
			fields.put("password", password);
			fields.put("_csrf", csrf.group(1));
			HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(url("/login")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(form(fields)));
			return login.headers().firstValue("Location").orElseThrow();
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return this.http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
		return HttpRequest.BodyPublishers.ofString(fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&")));
	}

	private static String parameter(String uri, String name) {
		return List.of(URI.create(uri).getRawQuery().split("&"))
			.stream()
			.filter((pair) -> pair.startsWith(name + "="))
			.map((pair) -> pair.substring(name.length() + 1))
			.findFirst()
			.orElseThrow(() -> new AssertionError(uri + " has no " + name));
	}

	private static String random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
