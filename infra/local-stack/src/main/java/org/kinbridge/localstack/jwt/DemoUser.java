package org.kinbridge.localstack.jwt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.kinbridge.localstack.StackException;

/**
 * A person of the demo: who they are, what they may do, and where. They are defined once,
 * in {@value #RESOURCE} (module infra/demo-users), which the auth server reads as its
 * configuration; the launcher reads the same file to know whose tokens to fetch.
 *
 * @param userId the login name, the token's subject and the file name of their token
 * @param name their display name
 * @param roles platform roles, without the {@code ROLE_} prefix
 * @param province province code
 * @param commune commune code, absent for province-wide roles
 */
public record DemoUser(String userId, String name, List<String> roles, String province, Optional<String> commune) {

	static final String RESOURCE = "kinbridge-demo-users.yaml";

	public static final String AN_GIANG = "91";

	public static final String PHU_TAN = "30406";

	public static final String HO_CHI_MINH_CITY = "79";

	public static final String SAI_GON = "26740";

	/** Every demo user, in the order of the shared file. */
	public static final List<DemoUser> ALL = load();

	public static DemoUser byId(String userId) {
		return ALL.stream()
			.filter((user) -> user.userId().equals(userId))
			.findFirst()
			.orElseThrow(() -> new StackException("There is no demo user " + userId + ": use one of "
					+ String.join(", ", ALL.stream().map(DemoUser::userId).toList())));
	}

	private static List<DemoUser> load() {
		try (InputStream in = DemoUser.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the class path");
			}
			JsonNode users = new ObjectMapper(new YAMLFactory()).readTree(in)
				.path("kinbridge")
				.path("auth")
				.path("users");
			List<DemoUser> all = new ArrayList<>();
			for (JsonNode user : users) {
				List<String> roles = new ArrayList<>();
				user.path("roles").forEach((role) -> roles.add(role.asText()));
				all.add(new DemoUser(user.path("id").asText(), user.path("name").asText(), List.copyOf(roles),
						user.path("province").asText(),
						Optional.ofNullable(user.get("commune")).map(JsonNode::asText)));
			}
			return List.copyOf(all);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

}
