package org.kinbridge.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemResponsesTest extends PlatformWebTestSupport {

	private static final String VALID_REPORT = """
			{ "channel": "HOTLINE_111", "receivedAt": "2026-11-28T08:30:00+07:00", "communeCode": "30406",
			  "summary": "neighbour called",
			  "children": [ { "fullName": "Nguyễn Văn An", "sex": "MALE", "dateOfBirth": "2016-03-02" } ] }
			""";

	@Test
	void acceptsAValidReport() throws Exception {
		this.mvc.perform(postReport(VALID_REPORT))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.communeCode").value("30406"));
	}

	@Test
	void listsEveryInvalidFieldOfAReport() throws Exception {
		String body = """
				{ "channel": "HOTLINE_111", "receivedAt": "2026-11-28T08:30:00+07:00", "communeCode": "30406",
				  "summary": " ", "children": [ { "fullName": "", "sex": "MALE", "estimatedAge": 30 } ] }
				""";
		this.mvc.perform(postReport(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/validation"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[?(@.field == 'summary')].message").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'children[0].fullName')].message").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'children[0].estimatedAge')].message").exists())
			.andExpect(jsonPath("$.correlationId").isNotEmpty());
	}

	@Test
	void namesTheFieldAndTheAllowedValuesOfABadEnumValue() throws Exception {
		this.mvc.perform(postReport(VALID_REPORT.replace("\"MALE\"", "\"BOY\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("children[0].sex"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of: MALE, FEMALE"))
			.andExpect(jsonPath("$.detail").value(containsString("children[0].sex")));
	}

	@Test
	void tellsTheExpectedFormatOfABadDate() throws Exception {
		this.mvc.perform(postReport(VALID_REPORT.replace("2016-03-02", "02/03/2016")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("children[0].dateOfBirth"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("yyyy-MM-dd")));
	}

	@Test
	void passesOnTheReasonOfAMalformedValueType() throws Exception {
		this.mvc.perform(postReport(VALID_REPORT.replace("30406", "3040")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("communeCode"))
			.andExpect(jsonPath("$.errors[0].message").value("commune code must be five digits, e.g. 30406"));
	}

	@Test
	void pointsAtTheLineAndColumnOfMalformedJson() throws Exception {
		this.mvc.perform(postReport("{\n  \"channel\": \"HOTLINE_111\",\n  \"summary\" \"x\"\n}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/malformed-request"))
			.andExpect(jsonPath("$.detail").value(containsString("line 3")));
	}

	@Test
	void namesAPathVariableOfTheWrongType() throws Exception {
		this.mvc.perform(get("/api/test/cases/not-a-uuid").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caseId"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
	}

	@Test
	void hidesTheCauseOfAnUnexpectedFailureBehindACorrelationId() throws Exception {
		this.mvc
			.perform(get("/api/test/boom").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91()))
				.header(Correlation.HEADER, "trace-500"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/internal-error"))
			.andExpect(jsonPath("$.correlationId").value("trace-500"))
			.andExpect(content().string(not(containsString("secret"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at org.kinbridge"))));
	}

	@Test
	void answersABrokenDomainRuleWith422AndItsCode() throws Exception {
		this.mvc.perform(get("/api/test/rule").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/domain-rule"))
			.andExpect(jsonPath("$.code").value("placement.no-free-capacity"))
			.andExpect(jsonPath("$.detail").value("The family has no free capacity."));
	}

	@Test
	void answersADomainRuleAboutFieldsWith422AndEachField() throws Exception {
		this.mvc.perform(get("/api/test/rule-on-fields").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("referral.consent-missing"))
			.andExpect(jsonPath("$.errors[0].field").value("consent"))
			.andExpect(jsonPath("$.errors[1].field").value("childOpinions[child-1]"))
			.andExpect(jsonPath("$.errors[1].message").value("is required from age 7"));
	}

	@Test
	void aBrokenDomainRuleAboutTheWholeRequestListsNoFields() throws Exception {
		this.mvc.perform(get("/api/test/rule").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@Test
	void unwrapsAFailedCommandToItsCause() throws Exception {
		this.mvc.perform(get("/api/test/wrapped-rule").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("case.closed"));
	}

	@Test
	void answersAConcurrentChangeWith409() throws Exception {
		this.mvc.perform(get("/api/test/concurrent").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/conflict"))
			.andExpect(content().string(not(containsString("aggregate 42"))));
	}

	@Test
	void answersAMissingObjectWithAFixedMessage() throws Exception {
		this.mvc.perform(get("/api/test/missing").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Problems.NOT_FOUND_DETAIL))
			.andExpect(content().string(not(containsString("91-2026-000001"))));
	}

	@Test
	void echoesAWellFormedCorrelationId() throws Exception {
		this.mvc
			.perform(get("/api/test/me").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91()))
				.header(Correlation.HEADER, "abc-123"))
			.andExpect(status().isOk())
			.andExpect(header().string(Correlation.HEADER, "abc-123"))
			.andExpect(jsonPath("$.correlationId").value("abc-123"));
	}

	@Test
	void replacesAMalformedCorrelationId() throws Exception {
		this.mvc
			.perform(get("/api/test/me").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91()))
				.header(Correlation.HEADER, "<script>"))
			.andExpect(status().isOk())
			.andExpect(header().string(Correlation.HEADER, matchesPattern("[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.correlationId", is(not("<script>"))));
	}

	@Test
	void givesARequestWithoutCorrelationIdANewOne() throws Exception {
		this.mvc.perform(get("/api/test/me").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(header().string(Correlation.HEADER, matchesPattern("[0-9a-f-]{36}")));
	}

	private static org.springframework.test.web.servlet.RequestBuilder postReport(String body) {
		return post("/api/test/reports").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
