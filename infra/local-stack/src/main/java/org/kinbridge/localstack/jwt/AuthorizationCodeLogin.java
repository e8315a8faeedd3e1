package org.kinbridge.localstack.jwt;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kinbridge.localstack.StackException;

/**
 * Gets a user's access token from the auth server the way a browser would: authorization
 * request with a PKCE challenge, the login form with its CSRF token, the redirect that
 * carries the code, and the code redeemed with the verifier. OAuth 2.1 has no password
 * grant, and driving the real flow means the tokens on disk are exactly what a person
 * logging in gets.
 */
public final class AuthorizationCodeLogin {

	/** The auth server's client for the launcher: public, PKCE, loopback redirect. */
	public static final String CLIENT_ID = "kinbridge-cli";

	/** Nobody listens there: the code is read off the redirect, never followed. */
	public static final String REDIRECT_URI = "http://127.0.0.1/kinbridge-cli/callback";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String issuer;

	private final String password;

	public AuthorizationCodeLogin(String issuer, String password) {
		this.issuer = issuer;
		this.password = password;
	}

	/**
	 * Logs {@code userId} in and returns their access token.
	 * @throws StackException with a one-line reason when the server does not answer or
	 * refuses the login
	 */
	public String accessToken(String userId) {
		// A fresh cookie jar per login: each user gets a session of their own.
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(2))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		String verifier = random();
		String state = random();
		String authorize = this.issuer + "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID
				+ "&scope=openid&redirect_uri=" + encode(REDIRECT_URI) + "&state=" + state + "&code_challenge="
				+ challenge(verifier) + "&code_challenge_method=S256";
		location(send(http, get(authorize)), "the authorization request");
		String page = send(http, get(this.issuer + "/login")).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new StackException(this.issuer + "/login shows no login form");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", userId);
		fields.put("password", this.password);
		fields.put("_csrf", csrf.group(1));
		String afterLogin = location(send(http, post(this.issuer + "/login", fields)), "the login");
		if (afterLogin.contains("/login?error")) {
			throw new StackException("The auth server refused the login of " + userId
					+ ": is KINBRIDGE_DEMO_PASSWORD the same as when the stack started?");
		}
		String callback = location(send(http, get(afterLogin)), "the authorization after login");
		String code = parameter(callback, "code")
			.orElseThrow(() -> new StackException("The auth server gave no code for " + userId + ": " + callback));
		if (!parameter(callback, "state").orElse("").equals(state)) {
			throw new StackException("The auth server answered another request than ours: " + callback);
		}
		Map<String, String> redeem = new LinkedHashMap<>();
		redeem.put("grant_type", "authorization_code");
		redeem.put("code", code);
		redeem.put("redirect_uri", REDIRECT_URI);
		redeem.put("client_id", CLIENT_ID);
		redeem.put("code_verifier", verifier);
		HttpResponse<String> token = send(http, post(this.issuer + "/oauth2/token", redeem));
		if (token.statusCode() != 200) {
			throw new StackException("The auth server refused the code of " + userId + " (HTTP " + token.statusCode()
					+ "): " + token.body());
		}
		try {
			return JSON.readTree(token.body()).path("access_token").asText();
		}
		catch (IOException ex) {
			throw new StackException("The auth server's token answer is not JSON: " + token.body());
		}
	}

	private HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			throw new StackException("The auth server at " + this.issuer + " does not answer (" + reason
					+ "): is the local stack running?", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackException("Interrupted while logging in", ex);
		}
	}

	private static HttpRequest get(String uri) {
		return browser(uri).GET().build();
	}

	private static HttpRequest post(String uri, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return browser(uri).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	/** Asks for HTML, so that the server sends the login form rather than a problem. */
	private static HttpRequest.Builder browser(String uri) {
		return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").timeout(Duration.ofSeconds(20));
	}

	private static String location(HttpResponse<String> response, String step) {
		return response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new StackException(
					"The auth server did not redirect after " + step + " (HTTP " + response.statusCode() + ")"));
	}

	private static Optional<String> parameter(String uri, String name) {
		String query = URI.create(uri).getRawQuery();
		if (query == null) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return Optional.of(URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8));
			}
		}
		return Optional.empty();
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
