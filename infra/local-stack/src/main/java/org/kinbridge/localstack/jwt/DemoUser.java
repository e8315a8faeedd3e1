package org.kinbridge.localstack.jwt;

import java.util.List;
import java.util.Optional;

/**
 * A person of the demo: who they are, what they may do, and where.
 *
 * @param userId the token's subject and the file name of their token
 * @param name their display name
 * @param roles platform roles, without the {@code ROLE_} prefix
 * @param province province code
 * @param commune commune code, absent for province-wide roles
 */
public record DemoUser(String userId, String name, List<String> roles, String province, Optional<String> commune) {

	public static final String AN_GIANG = "91";

	public static final String PHU_TAN = "30406";

	public static final String HO_CHI_MINH_CITY = "79";

	public static final String SAI_GON = "26740";

	/**
	 * The pilot's users in xã Phú Tân, An Giang, and one officer of phường Sài Gòn for
	 * isolation.
	 */
	public static final List<DemoUser> ALL = List.of(
			commune("collab.phutan", "Cộng tác viên Phú Tân", "COLLABORATOR", AN_GIANG, PHU_TAN),
			commune("officer.phutan", "Cán bộ LĐ-TB&XH xã Phú Tân", "COMMUNE_OFFICER", AN_GIANG, PHU_TAN),
			commune("chair.phutan", "Chủ tịch UBND xã Phú Tân", "COMMUNE_CHAIR", AN_GIANG, PHU_TAN),
			province("province.angiang", "Sở Y tế An Giang - Phòng Bảo trợ xã hội", "PROVINCE_OFFICER", AN_GIANG),
			province("auditor.angiang", "Thanh tra tỉnh An Giang", "AUDITOR", AN_GIANG),
			province("analyst", "Chuyên viên phân tích dữ liệu", "ANALYST", AN_GIANG),
			province("admin", "Quản trị nền tảng", "PLATFORM_ADMIN", AN_GIANG),
			commune("officer.saigon", "Cán bộ phường Sài Gòn", "COMMUNE_OFFICER", HO_CHI_MINH_CITY, SAI_GON));

	private static DemoUser commune(String userId, String name, String role, String province, String commune) {
		return new DemoUser(userId, name, List.of(role), province, Optional.of(commune));
	}

	private static DemoUser province(String userId, String name, String role, String province) {
		return new DemoUser(userId, name, List.of(role), province, Optional.empty());
	}

	public static DemoUser byId(String userId) {
		return ALL.stream()
			.filter((user) -> user.userId().equals(userId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No demo user " + userId));
	}

}
