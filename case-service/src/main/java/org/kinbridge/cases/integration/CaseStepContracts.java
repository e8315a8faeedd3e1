package org.kinbridge.cases.integration;

import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineMissed;
import org.kinbridge.cases.assessment.api.EmergencyMeasureRecorded;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.integration.CaseLocations.Location;
import org.kinbridge.cases.plan.api.PlanApproved;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineMissed;
import org.kinbridge.cases.plan.api.PlanReturned;
import org.kinbridge.cases.plan.api.PlanReviewed;
import org.kinbridge.cases.plan.api.PlanSubmitted;
import org.kinbridge.cases.referral.api.AgencyRespondent;
import org.kinbridge.cases.referral.api.ConsentRecord;
import org.kinbridge.cases.referral.api.ParentalConsent;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralCompleted;
import org.kinbridge.cases.referral.api.ReferralRejected;
import org.kinbridge.cases.referral.api.ReferralResponseOverdue;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.cases.CaseClosedV1;
import org.kinbridge.contracts.cases.CaseReopenedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureDeadlineMissedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureRecordedV1;
import org.kinbridge.contracts.cases.InitialAssessmentRecordedV1;
import org.kinbridge.contracts.cases.PlanApprovedV1;
import org.kinbridge.contracts.cases.PlanDraftingDeadlineMissedV1;
import org.kinbridge.contracts.cases.PlanReturnedV1;
import org.kinbridge.contracts.cases.PlanReviewedV1;
import org.kinbridge.contracts.cases.PlanSubmittedV1;
import org.kinbridge.contracts.cases.ReferralAcceptedV1;
import org.kinbridge.contracts.cases.ReferralCompletedV1;
import org.kinbridge.contracts.cases.ReferralRejectedV1;
import org.kinbridge.contracts.cases.ReferralResponseOverdueV1;
import org.kinbridge.contracts.cases.ReferralRevokedV1;
import org.kinbridge.contracts.cases.ReferralSentV1;
import org.kinbridge.contracts.cases.SpecificAssessmentRecordedV1;

/**
 * The public forms of the steps of a case: assessments, emergency measures, the plan,
 * referrals, closing and reopening, and the time limits that ran out. Each says who took
 * the step, when, why and on what; findings, plan content, what children said, the names
 * of parents and respondents and the meeting's participants stay inside.
 */
final class CaseStepContracts {

	private CaseStepContracts() {
	}

	static InitialAssessmentRecordedV1 initialAssessment(InitialAssessmentRecorded recorded, Location at) {
		return new InitialAssessmentRecordedV1(recorded.caseId(), at.provinceCode(), at.communeCode(),
				recorded.riskLevel().name(), recorded.seriousHarm(), recorded.by().at(), actor(recorded.by()));
	}

	static SpecificAssessmentRecordedV1 specificAssessment(SpecificAssessmentRecorded recorded, Location at) {
		SpecificAssessmentRecordedV1.Inputs meeting = new SpecificAssessmentRecordedV1.Inputs(
				recorded.meeting().heldOn(),
				(recorded.meeting().participants() != null) ? recorded.meeting().participants().size() : 0);
		return new SpecificAssessmentRecordedV1(recorded.caseId(), at.provinceCode(), at.communeCode(),
				recorded.riskLevel().name(), meeting, recorded.by().at(), actor(recorded.by()));
	}

	static EmergencyMeasureRecordedV1 emergencyMeasure(EmergencyMeasureRecorded recorded, Location at) {
		return new EmergencyMeasureRecordedV1(recorded.caseId(), at.provinceCode(), at.communeCode(),
				recorded.kind().name(), recorded.legalBasis(), recorded.withinTimeLimit(), recorded.by().at(),
				actor(recorded.by()));
	}

	/** The emergency time limit counts from the receipt of the report. */
	static EmergencyMeasureDeadlineMissedV1 emergencyMeasureMissed(EmergencyMeasureDeadlineMissed missed) {
		return new EmergencyMeasureDeadlineMissedV1(missed.caseId(), missed.provinceCode(), missed.communeCode(),
				new EmergencyMeasureDeadlineMissedV1.TimeLimit(missed.receivedAt(), missed.dueAt()));
	}

	static PlanSubmittedV1 planSubmitted(PlanSubmitted submitted, Location at) {
		return new PlanSubmittedV1(submitted.caseId(), at.provinceCode(), at.communeCode(),
				new PlanSubmittedV1.PlanInputs(submitted.version()), submitted.by().at(), actor(submitted.by()));
	}

	static PlanApprovedV1 planApproved(PlanApproved approved, Location at) {
		return new PlanApprovedV1(approved.caseId(), at.provinceCode(), at.communeCode(), textOrNull(approved.note()),
				approved.legalBasis(), new PlanApprovedV1.PlanInputs(approved.version()), approved.by().at(),
				actor(approved.by()));
	}

	static PlanReturnedV1 planReturned(PlanReturned returned, Location at) {
		return new PlanReturnedV1(returned.caseId(), at.provinceCode(), at.communeCode(), returned.reason(),
				new PlanReturnedV1.PlanInputs(returned.version()), returned.by().at(), actor(returned.by()));
	}

	static PlanReviewedV1 planReviewed(PlanReviewed reviewed, Location at) {
		return new PlanReviewedV1(reviewed.caseId(), at.provinceCode(), at.communeCode(), reviewed.reviewedOn(),
				reviewed.nextReviewOn(), new PlanReviewedV1.PlanInputs(reviewed.version()), reviewed.by().at(),
				actor(reviewed.by()));
	}

	/** The event names only the day the plan was due. */
	static PlanDraftingDeadlineMissedV1 planDraftingMissed(PlanDraftingDeadlineMissed missed) {
		return new PlanDraftingDeadlineMissedV1(missed.caseId(), missed.provinceCode(), missed.communeCode(),
				new PlanDraftingDeadlineMissedV1.TimeLimit(null, missed.dueAt()));
	}

	/**
	 * The consenting parent's name, the children's words and the reason for going without
	 * consent stay inside; the kind, form and filing reference of the consent, the legal
	 * ground of an override and whether each child agreed are what the referral rests on.
	 */
	static ReferralSentV1 referralSent(ReferralSent sent) {
		ReferralTarget target = sent.target();
		ConsentRecord consent = sent.consent();
		ParentalConsent parental = consent.parentalConsent();
		ReferralSentV1.Consent published = new ReferralSentV1.Consent(
				(parental != null) ? parental.givenBy().name() : null,
				(parental != null) ? parental.form().name() : null, (parental != null) ? parental.givenOn() : null,
				(parental != null) ? textOrNull(parental.documentReference()) : null,
				(consent.override() != null) ? consent.override().legalGround().name() : null,
				consent.childOpinionAge(), consent.opinionRequiredOf(),
				consent.childOpinions()
					.stream()
					.map(opinion -> new ReferralSentV1.ChildOpinion(opinion.childId(), opinion.obtainedOn(),
							opinion.agrees()))
					.toList());
		return new ReferralSentV1(sent.caseId(), sent.referralId(), sent.fromProvinceCode(), sent.fromCommuneCode(),
				new ReferralSentV1.Target(target.type().name(), target.name(), textOrNull(target.provinceCode()),
						textOrNull(target.communeCode())),
				sent.purpose(), textOrNull(sent.legalBasis()), new ReferralSentV1.Inputs(sent.childIds(),
						sent.sharedItems().stream().map(Enum::name).toList(), published),
				sent.by().at(), actor(sent.by()));
	}

	/**
	 * On a transfer the receiving side accepts, so the actor may be of another province;
	 * the case is still the sender's until the handover that follows.
	 */
	static ReferralAcceptedV1 referralAccepted(ReferralAccepted accepted, Location at) {
		return new ReferralAcceptedV1(accepted.caseId(), accepted.referralId(), at.provinceCode(), at.communeCode(),
				position(accepted.respondent()), textOrNull(accepted.note()), textOrNull(accepted.legalBasis()),
				accepted.by().at(), actor(accepted.by()));
	}

	static ReferralRejectedV1 referralRejected(ReferralRejected rejected, Location at) {
		return new ReferralRejectedV1(rejected.caseId(), rejected.referralId(), at.provinceCode(), at.communeCode(),
				position(rejected.respondent()), rejected.reason(), rejected.by().at(), actor(rejected.by()));
	}

	static ReferralRevokedV1 referralRevoked(ReferralRevoked revoked, Location at) {
		return new ReferralRevokedV1(revoked.caseId(), revoked.referralId(), at.provinceCode(), at.communeCode(),
				revoked.reason(), revoked.by().at(), actor(revoked.by()));
	}

	static ReferralCompletedV1 referralCompleted(ReferralCompleted completed, Location at) {
		return new ReferralCompletedV1(completed.caseId(), completed.referralId(), at.provinceCode(), at.communeCode(),
				position(completed.respondent()), completed.outcome(), completed.by().at(), actor(completed.by()));
	}

	static ReferralResponseOverdueV1 referralOverdue(ReferralResponseOverdue overdue) {
		return new ReferralResponseOverdueV1(overdue.caseId(), overdue.referralId(), overdue.provinceCode(),
				overdue.communeCode(), new ReferralResponseOverdueV1.TimeLimit(null, overdue.dueAt()));
	}

	static CaseClosedV1 caseClosed(CaseClosed closed, Location at) {
		return new CaseClosedV1(closed.caseId(), at.provinceCode(), at.communeCode(), closed.reason().name(),
				textOrNull(closed.details()), textOrNull(closed.legalBasis()), closed.closedInState(), closed.by().at(),
				actor(closed.by()));
	}

	static CaseReopenedV1 caseReopened(CaseReopened reopened, Location at) {
		return new CaseReopenedV1(reopened.caseId(), at.provinceCode(), at.communeCode(), reopened.reason(),
				reopened.resumedState(), reopened.by().at(), actor(reopened.by()));
	}

	/** The respondent's position says who answered; their name stays inside. */
	private static String position(AgencyRespondent respondent) {
		return (respondent != null) ? textOrNull(respondent.position()) : null;
	}

	private static String textOrNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static ActorRef actor(Acting by) {
		return new ActorRef(by.userId(), by.role());
	}

}
