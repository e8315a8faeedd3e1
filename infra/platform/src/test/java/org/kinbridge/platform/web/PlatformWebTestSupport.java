package org.kinbridge.platform.web;

import org.kinbridge.platform.security.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Runs {@link PlatformTestApplication} with a real key pair: the application verifies the
 * tokens that {@link #tokens} signs exactly as a deployed service would.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "spring.application.name=platform-test")
@AutoConfigureMockMvc
public abstract class PlatformWebTestSupport {

	protected static final TestTokens tokens = TestTokens.generate();

	@Autowired
	protected MockMvc mvc;

	@DynamicPropertySource
	static void jwtKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", tokens::publicKeyLocation);
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	/**
	 * @return a token of a province officer of An Giang (91)
	 */
	protected static String officerOf91() {
		return tokens.token("91", null, "PROVINCE_OFFICER");
	}

}
