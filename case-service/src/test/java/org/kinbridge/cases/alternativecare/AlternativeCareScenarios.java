package org.kinbridge.cases.alternativecare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.kinbridge.cases.alternativecare.api.AlternativeCareCategory;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedIdentified;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.ChildDossierCompleted;
import org.kinbridge.cases.alternativecare.api.ChildOpinion;
import org.kinbridge.cases.alternativecare.api.ChildOpinionRecorded;
import org.kinbridge.cases.alternativecare.api.ChildProfile;
import org.kinbridge.cases.alternativecare.api.Consent;
import org.kinbridge.cases.alternativecare.api.ConsentBasis;
import org.kinbridge.cases.alternativecare.api.ConsentRecorded;
import org.kinbridge.cases.alternativecare.api.DossierEvidence;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.cases.alternativecare.api.DossierItemRecorded;
import org.kinbridge.cases.alternativecare.api.MatchingProfile;
import org.kinbridge.cases.alternativecare.api.PlacementRef;
import org.kinbridge.cases.alternativecare.api.RecordAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.RelativeAdded;
import org.kinbridge.cases.alternativecare.api.RelativeDetails;
import org.kinbridge.cases.alternativecare.api.RelativeRef;
import org.kinbridge.cases.alternativecare.api.RelativeRelation;
import org.kinbridge.cases.alternativecare.api.RelativeResponse;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;

/**
 * A case in xã Phú Tân about two siblings reported on 28 November 2026: An, born 2 March
 * 2016 (10 on confirmation, so he is heard), and Bình, born 15 July 2021 (5, too young to
 * be asked). The commune finds on 1 December that they need alternative care and confirms
 * on 5 December.
 */
public final class AlternativeCareScenarios {

	public static final String CASE_ID = CaseFileScenarios.CASE_ID;

	public static final String NEED = "need-1";

	public static final String AN = "child-1";

	public static final String BINH = "child-2";

	public static final LocalDate AN_BORN = LocalDate.of(2016, 3, 2);

	public static final LocalDate BINH_BORN = LocalDate.of(2021, 7, 15);

	/** 1 December 2026, 09:00 in Vietnam. */
	public static final Instant IDENTIFIED = Instant.parse("2026-12-01T02:00:00Z");

	/** 3 December 2026, 09:00 in Vietnam. */
	public static final Instant CHECKED = Instant.parse("2026-12-03T02:00:00Z");

	/** 5 December 2026, 10:00 in Vietnam. */
	public static final Instant CONFIRMED = Instant.parse("2026-12-05T03:00:00Z");

	public static final LocalDate PHOTOS_TAKEN = LocalDate.of(2026, 11, 30);

	public static final String REASON = "Mẹ mất, cha bỏ đi từ năm 2025; hàng xóm không thể nuôi tiếp.";

	public static final String LEGAL_BASIS = "Luật Trẻ em 2016, Điều 62; Thông tư 14/2020, Điều 5";

	private AlternativeCareScenarios() {
	}

	public static AggregateTestFixture<CaseFile> fixture() {
		return fixture(Map.of());
	}

	/**
	 * @param provinceSettings the settings by province, as
	 * {@code kinbridge.cases.alternative-care} configures them
	 */
	public static AggregateTestFixture<CaseFile> fixture(
			Map<String, AlternativeCareProperties.ProvinceSettings> provinceSettings) {
		AggregateTestFixture<CaseFile> fixture = CaseFileScenarios.fixture();
		fixture.registerInjectableResource(rules(provinceSettings));
		return fixture;
	}

	public static AlternativeCareRules rules(Map<String, AlternativeCareProperties.ProvinceSettings> settings) {
		return new AlternativeCareRules(new AlternativeCareProperties(settings));
	}

	public static ReportReceived siblingsReported() {
		return siblingsReported(IntakeSamples.child(AN, "Nguyễn Văn An", AN_BORN, null),
				IntakeSamples.child(BINH, "Nguyễn Thị Bình", BINH_BORN, null));
	}

	public static ReportReceived siblingsReported(ReceiveReport.ReportedChild... children) {
		return IntakeSamples.receive(CASE_ID, List.of(children)).received();
	}

	public static ReportReceived oneChildReported(LocalDate dateOfBirth, Integer estimatedAge) {
		return IntakeSamples
			.receive(CASE_ID, List.of(IntakeSamples.child(AN, "Nguyễn Văn An", dateOfBirth, estimatedAge)))
			.received();
	}

	public static InitialAssessmentRecorded assessed() {
		return new InitialAssessmentRecorded(CASE_ID, RiskLevel.HIGH, false, "Hai em không còn ai chăm sóc.",
				CaseFileScenarios.officer(CaseFileScenarios.ASSESSED));
	}

	public static RecordAlternativeCareNeed need(List<String> childIds, boolean keepTogether, String splitReason,
			Acting by) {
		return new RecordAlternativeCareNeed(CASE_ID, NEED, childIds, keepTogether, splitReason,
				AlternativeCareCategory.ORPHANED_OR_ABANDONED, REASON, LEGAL_BASIS, false, null,
				List.of(CareType.KINSHIP, CareType.EMERGENCY),
				List.of(new MatchingProfile(AN, List.of("km"), List.of("SCHOOL_SUPPORT"))), by);
	}

	public static AlternativeCareNeedIdentified identified(List<String> childIds) {
		return new AlternativeCareNeedIdentified(CASE_ID, NEED, childIds, true, null,
				AlternativeCareCategory.ORPHANED_OR_ABANDONED, REASON, LEGAL_BASIS, false, null,
				List.of(CareType.KINSHIP, CareType.EMERGENCY),
				List.of(new MatchingProfile(AN, List.of("km"), List.of("SCHOOL_SUPPORT"))), officer(IDENTIFIED));
	}

	public static DossierEvidence evidence(DossierItem item) {
		return new DossierEvidence(item, item.name().toLowerCase() + "-ref",
				(item == DossierItem.PHOTOS) ? PHOTOS_TAKEN : null, null);
	}

	/** Every document of the child's dossier, recorded by the officer. */
	public static Object[] dossier(String childId) {
		return new Object[] { recorded(childId, DossierItem.BIRTH_CERTIFICATE_OR_ID),
				recorded(childId, DossierItem.HEALTH_RECORD), recorded(childId, DossierItem.PHOTOS),
				recorded(childId, DossierItem.ASSESSMENT_FORM_10) };
	}

	public static DossierItemRecorded recorded(String childId, DossierItem item) {
		return new DossierItemRecorded(CASE_ID, NEED, childId, evidence(item), null, officer(CHECKED));
	}

	public static ChildDossierCompleted dossierCompleted() {
		return new ChildDossierCompleted(CASE_ID, NEED, officer(CHECKED));
	}

	public static Consent guardianConsent() {
		return new Consent(ConsentBasis.GUARDIAN_CONSENT, "Trần Văn Tư", "bác ruột", "consent-2026-17", null);
	}

	public static ConsentRecorded consented(String childId) {
		return new ConsentRecorded(CASE_ID, NEED, childId, guardianConsent(), null, officer(CHECKED));
	}

	public static ChildOpinionRecorded heard(String childId) {
		return new ChildOpinionRecorded(CASE_ID, NEED, childId,
				new ChildOpinion(LocalDate.of(2026, 12, 2), "Em muốn ở với bà nội.", true), null, officer(CHECKED));
	}

	public static RelativeDetails grandmother() {
		return new RelativeDetails("Lê Thị Sáu", RelativeRelation.GRANDPARENT, "0918 111 222", "91", "30406",
				"Khỏe, có nhà riêng, thu nhập ổn định.", LocalDate.of(2026, 12, 2), "officer.phutan",
				RelativeResponse.WILLING, null);
	}

	public static RelativeAdded grandmotherAdded() {
		return new RelativeAdded(CASE_ID, "rel-1", grandmother(), officer(CHECKED));
	}

	/** The checklist of both siblings complete, the grandmother listed. */
	public static Object[] readyToConfirm() {
		return concat(new Object[] { siblingsReported(), assessed(), identified(List.of(AN, BINH)) }, dossier(AN),
				dossier(BINH),
				new Object[] { dossierCompleted(), consented(AN), consented(BINH), heard(AN), grandmotherAdded() });
	}

	public static AlternativeCareEligibilityConfirmed confirmedBy(Acting by) {
		return new AlternativeCareEligibilityConfirmed(CASE_ID, NEED, "91", "30406", "siblings-1",
				List.of(new ChildProfile(AN, Sex.MALE, AN_BORN, null, "KINH", "NONE", List.of("vi", "km"),
						List.of("SCHOOL_SUPPORT"), List.of("NO_ONE_TO_RELY_ON")),
						new ChildProfile(BINH, Sex.MALE, BINH_BORN, null, "KINH", "NONE", List.of("vi"), List.of(),
								List.of("NO_ONE_TO_RELY_ON"))),
				true, List.of(CareType.KINSHIP, CareType.EMERGENCY),
				List.of(new RelativeRef("rel-1", RelativeRelation.GRANDPARENT, "91", "30406", null)),
				AlternativeCareCategory.ORPHANED_OR_ABANDONED, ConsentBasis.GUARDIAN_CONSENT, true, REASON, LEGAL_BASIS,
				null, by);
	}

	/** The siblings' need, confirmed and announced to matching. */
	public static Object[] eligible() {
		return concat(readyToConfirm(), new Object[] { confirmedBy(chair(CONFIRMED)) });
	}

	public static PlacementRef placementOf(String childId) {
		return new PlacementRef("placement-" + childId, NEED, childId, "cg-grandmother");
	}

	/** The commune official who recorded a step in matching-service. */
	public static Acting matchingOfficer(Instant at) {
		return new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", at);
	}

	public static Acting officer(Instant at) {
		return CaseFileScenarios.officer(at);
	}

	public static Acting chair(Instant at) {
		return CaseFileScenarios.chair(at);
	}

	public static Object[] concat(Object[]... parts) {
		return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
	}

}
