package org.kinbridge.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.assessment.AssessmentView;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.plan.PlanView;
import org.kinbridge.cases.referral.api.SharedItem;

/**
 * What the receiving commune or province sees of a case: the referred children and the
 * items shared, nothing else.
 */
class SharedCaseTest {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private static final ReceiveReport.ReportedChild AN = IntakeSamples.child("child-1", "Nguyễn Văn An",
			LocalDate.of(2016, 3, 2), null);

	private static final ReceiveReport.ReportedChild BINH = IntakeSamples.child("child-2", "Nguyễn Thị Bình",
			LocalDate.of(2019, 7, 15), null);

	private static final AssessmentView ASSESSMENT = new AssessmentView("case-1",
			new AssessmentView.Initial(RiskLevel.HIGH, true, "Vết bầm trên tay.",
					CaseFileScenarios.officer(CaseFileScenarios.ASSESSED)),
			List.of(), null);

	private static final PlanView PLAN = new PlanView("case-1", 1,
			List.of(new PlanView.Version(1, PlanView.VersionStatus.APPROVED, CaseFileScenarios.plan("Đi học lại."),
					null, null, null, null, null, null),
					new PlanView.Version(2, PlanView.VersionStatus.DRAFTED, CaseFileScenarios.plan("Bản nháp mới."),
							"Sửa.", null, null, null, null, null)),
			List.of());

	@Test
	void identityAndAssessmentShowNamesAndFindingsOfTheReferredChildOnly() {
		JsonNode shared = json(SharedCase.of(EnumSet.of(SharedItem.IDENTITY, SharedItem.ASSESSMENT), summary(),
				List.of("child-1"), ASSESSMENT, PLAN));

		assertThat(shared.get("children")).hasSize(1);
		assertThat(shared.at("/children/0/fullName").asText()).isEqualTo("Nguyễn Văn An");
		assertThat(shared.at("/children/0/dateOfBirth").asText()).isEqualTo("2016-03-02");
		assertThat(shared.at("/assessment/initial/findings").asText()).isEqualTo("Vết bầm trên tay.");
		String all = shared.toString();
		assertThat(all).doesNotContain("Nguyễn Thị Bình", "Trần Thị Lan", "0912 345 678", "Hai em ở nhà một mình",
				"Đi học lại", "residence", "concerns", "hasDisability", "caseHistory", "plan");
	}

	@Test
	void withoutIdentityTheChildIsOnlyAnIdAndThePlanSharedIsTheOneInForce() {
		JsonNode shared = json(SharedCase.of(EnumSet.of(SharedItem.PLAN, SharedItem.CONTACT), summary(),
				List.of("child-2"), ASSESSMENT, PLAN));

		assertThat(shared.at("/children/0/childId").asText()).isEqualTo("child-2");
		assertThat(shared.at("/children/0/fullName").isMissingNode()).isTrue();
		assertThat(shared.at("/children/0/residence/code").asText()).isEqualTo("30406");
		assertThat(shared.at("/plan/version").asInt()).isEqualTo(1);
		assertThat(shared.toString()).doesNotContain("Bản nháp mới", "Vết bầm", "Nguyễn");
	}

	@Test
	void healthAndCaseHistoryShareTheDisabilityConcernsAndHowTheCaseCameInButNeverTheReporter() {
		JsonNode shared = json(SharedCase.of(EnumSet.of(SharedItem.HEALTH, SharedItem.CASE_HISTORY), summary(),
				List.of("child-1"), null, null));

		assertThat(shared.at("/children/0/hasDisability").asBoolean()).isFalse();
		assertThat(shared.at("/children/0/concerns/0").asText()).isEqualTo("NEGLECT_OR_ABANDONMENT");
		assertThat(shared.at("/caseHistory/channel").asText()).isEqualTo("HOTLINE_111");
		assertThat(shared.toString()).doesNotContain("Trần Thị Lan", "0912 345 678", "Nguyễn Văn An");
	}

	private static CaseSummary summary() {
		ReceiveReport report = IntakeSamples.receive("case-1", List.of(AN, BINH));
		return new CaseSummary(report.caseId(), report.caseNumber(), report.provinceCode(), report.communeCode(),
				report.channel().name(), report.receivedAt(), report.reporter(), report.summary(), report.children(),
				report.siblingGroupId(), "PLAN_IN_IMPLEMENTATION", report.recordedAt(), report.recordedBy(),
				report.recordedByRole(), report.recordedBy(), List.of(), List.of(), List.of(), List.of(), null,
				List.of(), null, List.of(), null);
	}

	private static JsonNode json(SharedCase shared) {
		return MAPPER.valueToTree(shared);
	}

}
