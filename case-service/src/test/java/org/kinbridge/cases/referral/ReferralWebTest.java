package org.kinbridge.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.CaseCommands;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.reading.CaseReader;
import org.kinbridge.cases.referral.api.ConsentForm;
import org.kinbridge.cases.referral.api.ReferCase;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.ReferralTargetType;
import org.kinbridge.cases.referral.api.SharedItem;
import org.kinbridge.platform.adminunits.AdministrativeUnitsAutoConfiguration;
import org.kinbridge.platform.security.PlatformSecurityAutoConfiguration;
import org.kinbridge.platform.security.UnconfiguredJwtDecoderAutoConfiguration;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.tenancy.TenancyAutoConfiguration;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.PlatformWebAutoConfiguration;
import org.kinbridge.testkit.TestTokens;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The referral endpoints as callers meet them, with the case file behind a mocked command
 * gateway: bad bodies are refused field by field (400), consent the case finds missing is
 * named field by field (422), a step out of order names the state (409), and the roles
 * are checked. Only the platform's web, security and tenancy run, so no broker or
 * database is needed.
 */
@SpringBootTest(classes = ReferralWebTest.ReferralWebApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "spring.application.name=case-referral-web")
@AutoConfigureMockMvc
class ReferralWebTest {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String REFERRAL = """
			{ "target": {"type": "OTHER_PROVINCE", "name": "UBND phường Sài Gòn", "provinceCode": "79",
			             "communeCode": "26740"},
			  "childIds": ["child-1"], "purpose": "Gia đình chuyển vào TP. Hồ Chí Minh.",
			  "sharedItems": ["IDENTITY", "ASSESSMENT"],
			  "consent": {"givenBy": "PARENT", "name": "Trần Thị Mai", "givenOn": "2026-11-27", "form": "WRITTEN",
			              "documentReference": "Biên bản 12/2026"},
			  "childOpinions": [{"childId": "child-1", "obtainedOn": "2026-11-27", "summary": "Em muốn đi cùng mẹ.",
			                     "agrees": true}] }
			""";

	/**
	 * Not a {@code @SpringBootConfiguration}, so that the service's own tests in this
	 * package do not pick it up as theirs.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, ValidationAutoConfiguration.class,
			SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
			UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
			PlatformWebAutoConfiguration.class, PlatformSecurityAutoConfiguration.class,
			UnconfiguredJwtDecoderAutoConfiguration.class, TenancyAutoConfiguration.class,
			AdministrativeUnitsAutoConfiguration.class })
	@Import({ ReferralController.class, CaseCommands.class })
	static class ReferralWebApplication {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@DynamicPropertySource
	static void jwtKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CommandGateway commands;

	@MockitoBean
	private CaseReader reader;

	@MockitoBean
	private ReferralProjection referrals;

	@MockitoBean
	private IncomingReferrals incoming;

	@Test
	void aReferralIsSentOnBehalfOfTheCallerAndAnswers201WithItsId() throws Exception {
		given((Object) this.commands.sendAndWait(any())).willReturn(ReferralStatus.SENT);

		this.mvc.perform(referral(OFFICER, REFERRAL))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/cases/case-1/referrals/referral-")))
			.andExpect(jsonPath("$.caseId").value("case-1"))
			.andExpect(jsonPath("$.referralId").value(containsString("referral-")))
			.andExpect(jsonPath("$.status").value("SENT"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).sendAndWait(sent.capture());
		ReferCase command = (ReferCase) sent.getValue();
		assertThat(command.by()).isEqualTo(new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", NOW));
		assertThat(command.target().type()).isEqualTo(ReferralTargetType.OTHER_PROVINCE);
		assertThat(command.sharedItems()).containsExactly(SharedItem.IDENTITY, SharedItem.ASSESSMENT);
		assertThat(command.consent().form()).isEqualTo(ConsentForm.WRITTEN);
		assertThat(command.childOpinions()).singleElement()
			.satisfies((opinion) -> assertThat(opinion.agrees()).isTrue());
	}

	@Test
	void aBadBodyIsRefusedFieldByFieldBeforeTheCaseIsAsked() throws Exception {
		String body = REFERRAL.replace("\"communeCode\": \"26740\"", "\"communeCode\": null")
			.replace("\"purpose\": \"Gia đình chuyển vào TP. Hồ Chí Minh.\"", "\"purpose\": \" \"")
			.replace("\"name\": \"Trần Thị Mai\"", "\"name\": \"\"")
			.replace("\"documentReference\": \"Biên bản 12/2026\"", "\"documentReference\": null");

		this.mvc.perform(referral(OFFICER, body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("target.communeCode", "purpose",
					"consent.name", "consent.documentReferencedWhenWritten")));
		verifyNoInteractions(this.commands);
	}

	@Test
	void placesAreCheckedAgainstTheAdministrativeUnitRegister() throws Exception {
		this.mvc.perform(referral(OFFICER, REFERRAL.replace("\"provinceCode\": \"79\"", "\"provinceCode\": \"91\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target.communeCode"))
			.andExpect(jsonPath("$.errors[0].message").value("is not a commune of province 91 on 2026-11-28"));
		this.mvc.perform(referral(OFFICER, REFERRAL.replace("\"provinceCode\": \"79\"", "\"provinceCode\": \"99\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target.provinceCode"));
		this.mvc.perform(referral(OFFICER, REFERRAL.replace("OTHER_PROVINCE", "SHELTER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target.type"));
	}

	@Test
	void consentTheCaseFindsMissingIsA422NamingTheFields() throws Exception {
		given((Object) this.commands.sendAndWait(any())).willThrow(new ReferralRefused("referral.consent-required",
				List.of(new ReferralRefused.FieldProblem("consent", "the consent of a parent or guardian is required"),
						new ReferralRefused.FieldProblem("childOpinions",
								"the opinion of the child at childIds[0] is required"))));

		this.mvc.perform(referral(OFFICER, REFERRAL))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/domain-rule"))
			.andExpect(jsonPath("$.code").value("referral.consent-required"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("consent", "childOpinions")))
			.andExpect(jsonPath("$.correlationId").isNotEmpty());
	}

	@Test
	void aStepOutOfOrderIsA409NamingTheReferralsState() throws Exception {
		given((Object) this.commands.sendAndWait(any()))
			.willThrow(new ConflictException("The referral is ACCEPTED; accepting it needs a referral that is SENT."));

		this.mvc.perform(answer(OFFICER, "accept", "{\"respondent\": {\"name\": \"BS. Hạnh\"}}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("The referral is ACCEPTED")));
	}

	@Test
	void anotherProvincesCaseIsNotFoundWithTheWordsOfEvery404() throws Exception {
		given((Object) this.commands.sendAndWait(any()))
			.willThrow(new OutOfTenantScopeException("case case-1 is outside the scope of officer.saigon"));

		this.mvc
			.perform(answer(TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER"), "reject",
					"{\"reason\": \"Không nhận.\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("The requested resource does not exist."));
	}

	@Test
	void answersNeedTheirReasonAndOutcome() throws Exception {
		this.mvc.perform(answer(OFFICER, "reject", "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(answer(OFFICER, "revoke", "{\"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(answer(OFFICER, "done", "{\"respondent\": {\"name\": \" \"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("outcome", "respondent.name")));
		verifyNoInteractions(this.commands);
	}

	@Test
	void collaboratorsAndAuditorsNeitherReferNorAnswer() throws Exception {
		this.mvc.perform(referral(TestTokens.token("collab.phutan", "91", "30406", "COLLABORATOR"), REFERRAL))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/cases/referrals/incoming").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + TestTokens.token("auditor.angiang", "91", null, "AUDITOR")))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.commands, this.incoming);
	}

	private static MockHttpServletRequestBuilder referral(String token, String body) {
		return post("/api/cases/case-1/referrals").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static MockHttpServletRequestBuilder answer(String token, String step, String body) {
		return post("/api/cases/case-1/referrals/referral-1/" + step)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
