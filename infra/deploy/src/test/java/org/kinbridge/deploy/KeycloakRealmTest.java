package org.kinbridge.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Keycloak realm that production imports: the platform's roles, the web client
 * as a public PKCE client, and the mappers that put the claims every service validates
 * into the access token. Keycloak cannot run in the build, so its file is read here.
 */
class KeycloakRealmTest {

	private static final Path REALM = Path.of(System.getProperty("basedir", "."))
		.resolve("keycloak/kinbridge-realm.json");

	private static final Set<String> PLATFORM_ROLES = Set.of("COLLABORATOR", "COMMUNE_OFFICER", "COMMUNE_CHAIR",
			"PROVINCE_OFFICER", "AUDITOR", "ANALYST", "PLATFORM_ADMIN");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void parsesAsTheKinbridgeRealmWithEveryPlatformRole() throws IOException {
		JsonNode realm = realm();

		assertThat(realm.path("realm").asText()).isEqualTo("kinbridge");
		assertThat(realm.path("enabled").asBoolean()).isTrue();
		assertThat(texts(realm.path("roles").path("realm"), "name"))
			.containsExactlyInAnyOrderElementsOf(PLATFORM_ROLES);
	}

	@Test
	void definesEveryRoleTheDemoUsersHold() throws IOException {
		assertThat(texts(realm().path("roles").path("realm"), "name")).containsAll(demoUserRoles());
	}

	@Test
	void makesTheWebClientPublicWithPkceS256AndNoPasswordGrant() throws IOException {
		JsonNode client = webClient();

		assertThat(client.path("publicClient").asBoolean()).isTrue();
		assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(client.path("implicitFlowEnabled").asBoolean(true)).isFalse();
		assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as("password grant").isFalse();
		assertThat(client.path("serviceAccountsEnabled").asBoolean(true)).isFalse();
		assertThat(client.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
		assertThat(client.has("secret")).isFalse();
	}

	@Test
	void mapsRolesProvinceCommuneAndNameIntoTheAccessToken() throws IOException {
		Map<String, JsonNode> mappers = new HashMap<>();
		webClient().path("protocolMappers").forEach((mapper) -> mappers.put(mapper.path("name").asText(), mapper));

		assertThat(mappers).containsKeys("roles", "province", "commune", "audit_scope", "name");
		mappers.values()
			.forEach((mapper) -> assertThat(mapper.path("config").path("access.token.claim").asText())
				.as(mapper.path("name").asText())
				.isEqualTo("true"));
		JsonNode roles = mappers.get("roles");
		assertThat(roles.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-realm-role-mapper");
		assertThat(roles.path("config").path("claim.name").asText()).as("top-level claim").isEqualTo("roles");
		assertThat(roles.path("config").path("multivalued").asText()).isEqualTo("true");
		for (String attribute : List.of("province", "commune", "audit_scope")) {
			JsonNode mapper = mappers.get(attribute);
			assertThat(mapper.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
			assertThat(mapper.path("config").path("user.attribute").asText()).isEqualTo(attribute);
			assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo(attribute);
			assertThat(mapper.path("config").path("multivalued").asText()).isEqualTo("false");
		}
		assertThat(mappers.get("name").path("protocolMapper").asText()).isEqualTo("oidc-full-name-mapper");
	}

	@Test
	void declaresProvinceAndCommuneInTheUserProfile() throws IOException {
		JsonNode provider = realm().path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
		JsonNode profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());

		assertThat(texts(profile.path("attributes"), "name")).contains("province", "commune", "audit_scope");
	}

	@Test
	void shipsNoUsersAndNoPasswords() throws IOException {
		JsonNode realm = realm();

		assertThat(realm.path("users")).isEmpty();
		assertThat(realm.findValues("credentials")).isEmpty();
		assertThat(realm.findValues("secret")).isEmpty();
	}

	private static JsonNode realm() throws IOException {
		return JSON.readTree(REALM.toFile());
	}

	private static JsonNode webClient() throws IOException {
		for (JsonNode client : realm().path("clients")) {
			if ("kinbridge-web".equals(client.path("clientId").asText())) {
				return client;
			}
		}
		throw new AssertionError("no client kinbridge-web in " + REALM);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((item) -> values.add(item.path(field).asText()));
		return values;
	}

	@SuppressWarnings("unchecked")
	private static Set<String> demoUserRoles() throws IOException {
		try (InputStream in = KeycloakRealmTest.class.getClassLoader()
			.getResourceAsStream("kinbridge-demo-users.yaml")) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, Object> auth = (Map<String, Object>) ((Map<String, Object>) root.get("kinbridge")).get("auth");
			Set<String> roles = new TreeSet<>();
			for (Map<String, Object> user : (List<Map<String, Object>>) auth.get("users")) {
				roles.addAll((List<String>) user.get("roles"));
			}
			assertThat(roles).isNotEmpty();
			return roles;
		}
	}

}
