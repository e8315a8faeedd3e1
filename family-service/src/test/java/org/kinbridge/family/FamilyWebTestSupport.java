package org.kinbridge.family;

import java.time.Clock;
import java.time.ZoneOffset;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.CaregiverSamples;
import org.kinbridge.family.communes.CommuneScope;
import org.kinbridge.platform.adminunits.AdministrativeUnitsAutoConfiguration;
import org.kinbridge.platform.security.PlatformSecurityAutoConfiguration;
import org.kinbridge.platform.security.UnconfiguredJwtDecoderAutoConfiguration;
import org.kinbridge.platform.tenancy.TenancyAutoConfiguration;
import org.kinbridge.platform.web.PlatformWebAutoConfiguration;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the web tests share: one controller at a time ({@code @WebMvcTest}) behind the
 * platform's real security, tenancy and problem responses, trusting the testkit's key;
 * the command gateway is a mock and the clock stands on 28 November 2026. They check what
 * the web layer decides: roles (403), input field by field (400), communes against the
 * administrative-unit register, and scope checks made before a command is sent (404).
 */
@ImportAutoConfiguration({ PlatformWebAutoConfiguration.class, PlatformSecurityAutoConfiguration.class,
		UnconfiguredJwtDecoderAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
		TenancyAutoConfiguration.class, AdministrativeUnitsAutoConfiguration.class })
@Import({ CaregiverCommands.class, CommuneScope.class, FamilyWebTestSupport.FixedClock.class })
public abstract class FamilyWebTestSupport {

	protected static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	protected static final String CHAIR = TestTokens.token("chair.phutan", "91", "30406", "COMMUNE_CHAIR");

	protected static final String COLLABORATOR = TestTokens.token("collab.phutan", "91", "30406", "COLLABORATOR");

	protected static final String PROVINCE = TestTokens.token("province.angiang", "91", null, "PROVINCE_OFFICER");

	protected static final String ADMIN = TestTokens.token("admin.angiang", "91", null, "PLATFORM_ADMIN");

	protected static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	protected static final String ANALYST = TestTokens.token("analyst.angiang", "91", null, "ANALYST");

	protected static final String SAIGON_OFFICER = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected CommandGateway commands;

	@DynamicPropertySource
	static void jwtKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	protected static MockHttpServletRequestBuilder post(String token, String path, String json) {
		return MockMvcRequestBuilders.post(path)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	protected static MockHttpServletRequestBuilder get(String token, String path) {
		return MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(CaregiverSamples.NOW, ZoneOffset.UTC);
		}

	}

}
