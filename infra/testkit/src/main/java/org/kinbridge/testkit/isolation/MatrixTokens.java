package org.kinbridge.testkit.isolation;

import org.kinbridge.testkit.TestTokens;

/**
 * Where the matrix gets its tokens: a valid one per role and province, and the two bad
 * kinds every endpoint must refuse.
 */
public interface MatrixTokens {

	String valid(String role, Tenant tenant);

	String expired(String role, Tenant tenant);

	String forged(String role, Tenant tenant);

	/**
	 * @return tokens signed by {@link TestTokens}' key, one user per role and province;
	 * commune-bound roles carry the tenant's commune
	 */
	static MatrixTokens signedForTests() {
		return new MatrixTokens() {

			@Override
			public String valid(String role, Tenant tenant) {
				return TestTokens.token(user(role, tenant), tenant.province(), commune(role, tenant), role);
			}

			@Override
			public String expired(String role, Tenant tenant) {
				return TestTokens.expired(user(role, tenant), tenant.province(), commune(role, tenant), role);
			}

			@Override
			public String forged(String role, Tenant tenant) {
				return TestTokens.forged(user(role, tenant), tenant.province(), commune(role, tenant), role);
			}

		};
	}

	private static String user(String role, Tenant tenant) {
		return "matrix." + role.toLowerCase(java.util.Locale.ROOT) + "." + tenant.province();
	}

	private static String commune(String role, Tenant tenant) {
		return AccessMatrix.COMMUNE_ROLES.contains(role) ? tenant.commune() : null;
	}

}
