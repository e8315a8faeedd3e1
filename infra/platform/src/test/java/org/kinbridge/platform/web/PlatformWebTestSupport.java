package org.kinbridge.platform.web;

import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Runs {@link PlatformTestApplication} trusting the testkit's key: the application
 * verifies the tokens that {@link TestTokens} signs exactly as a deployed service would.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "spring.application.name=platform-test")
@AutoConfigureMockMvc
public abstract class PlatformWebTestSupport {

	protected static final String USER = "user-1";

	@Autowired
	protected MockMvc mvc;

	@DynamicPropertySource
	static void jwtKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	/**
	 * @return a token of a province officer of An Giang (91)
	 */
	protected static String officerOf91() {
		return token("91", null, "PROVINCE_OFFICER");
	}

	/**
	 * @param province the province claim, or {@code null} for none
	 * @param commune the commune claim, or {@code null} for none
	 * @param roles the roles claim
	 * @return a token of user {@code user-1} signed with the trusted key
	 */
	protected static String token(String province, String commune, String... roles) {
		return TestTokens.token(USER, province, commune, roles);
	}

}
