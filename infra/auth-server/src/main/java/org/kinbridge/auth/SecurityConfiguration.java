package org.kinbridge.auth;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.kinbridge.auth.tokens.PlatformClaims;
import org.kinbridge.auth.tokens.SigningKey;
import org.kinbridge.auth.users.UserDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two filter chains: the OAuth 2.1 and OpenID Connect endpoints, which answer as the
 * specifications say, and everything else (login form, health), where a browser is sent
 * to the login form and any other caller gets a problem document.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** The first-party web application, served by the gateway at {@code /app/}. */
	public static final String WEB_CLIENT = "kinbridge-web";

	/** The launcher's client, which fetches the demo users' tokens. */
	public static final String CLI_CLIENT = "kinbridge-cli";

	private static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/error" };

	@Bean
	@Order(1)
	public SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, (config) -> config.oidc(Customizer.withDefaults()))
			// The web client, served by the gateway on another origin, reads the
			// discovery
			// document and redeems its code from the browser.
			.cors(Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers()))
			// The OIDC userinfo endpoint takes the access tokens issued here.
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(2)
	public SecurityFilterChain loginChain(HttpSecurity http, ProblemEntryPoint problems) throws Exception {
		// A preflight of the token endpoint (OPTIONS) is not one of the server's
		// endpoints
		// and lands here.
		http.cors(Customizer.withDefaults())
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			.formLogin(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers())
				.defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE));
		return http.build();
	}

	/**
	 * The origins of the web client's redirect addresses, and no other: the only pages
	 * that may call the token endpoint from a browser are the ones the client is sent
	 * back to. No cookies cross origins (the token endpoint takes the PKCE verifier, not
	 * a session).
	 */
	@Bean
	public CorsConfigurationSource corsConfigurationSource(AuthServerProperties properties) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(
				webRedirectUris(properties).stream().map(SecurityConfiguration::origin).distinct().toList());
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(Duration.ofMinutes(30));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

	private static List<String> webRedirectUris(AuthServerProperties properties) {
		List<String> uris = new ArrayList<>(properties.webRedirectUris());
		uris.addAll(properties.extraWebRedirectUris());
		return uris;
	}

	private static String origin(String uri) {
		URI parsed = URI.create(uri);
		return parsed.getScheme() + "://" + parsed.getRawAuthority();
	}

	/**
	 * Requests that ask for HTML by name; {@code curl}'s {@code *}{@code /*} is not a
	 * browser and gets a problem instead of a login page.
	 */
	private static MediaTypeRequestMatcher browsers() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

	@Bean
	public ProblemEntryPoint problemEntryPoint() {
		return new ProblemEntryPoint();
	}

	@Bean
	public UserDirectory userDirectory(AuthServerProperties properties) {
		return new UserDirectory(properties.users());
	}

	@Bean
	public PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	public UserDetailsService userDetailsService(UserDirectory users, AuthServerProperties properties,
			PasswordEncoder encoder) {
		return users.userDetailsService(properties.demoPassword(), encoder);
	}

	@Bean
	public PlatformClaims platformClaims(UserDirectory users) {
		return new PlatformClaims(users);
	}

	@Bean
	public RSAKey signingKey(AuthServerProperties properties) {
		return SigningKey.read(properties.privateKey(), properties.publicKey());
	}

	@Bean
	public JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
		return new ImmutableJWKSet<>(new JWKSet(signingKey));
	}

	@Bean
	public JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
	}

	/**
	 * Both clients are public (no secret: a browser or a command line cannot keep one)
	 * and must use PKCE; neither asks for consent, both being KinBridge's own.
	 */
	@Bean
	public RegisteredClientRepository registeredClients(AuthServerProperties properties) {
		List<String> webRedirects = webRedirectUris(properties);
		// After logging out, the web client is sent back to its own start page: the
		// folder
		// of its callback.
		List<String> webLoggedOut = webRedirects.stream()
			.map((uri) -> URI.create(uri).resolve("./").toString())
			.toList();
		return new InMemoryRegisteredClientRepository(publicClient(WEB_CLIENT, webRedirects, webLoggedOut, properties),
				publicClient(CLI_CLIENT, List.of(properties.cliRedirectUri()), List.of(), properties));
	}

	private static RegisteredClient publicClient(String clientId, List<String> redirectUris,
			List<String> postLogoutRedirectUris, AuthServerProperties properties) {
		return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
			.clientId(clientId)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(redirectUris))
			.postLogoutRedirectUris((uris) -> uris.addAll(postLogoutRedirectUris))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
			.build();
	}

}
