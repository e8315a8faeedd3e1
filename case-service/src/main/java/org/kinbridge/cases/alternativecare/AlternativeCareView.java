package org.kinbridge.cases.alternativecare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kinbridge.cases.alternativecare.api.AlternativeCareCategory;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.ChildOpinion;
import org.kinbridge.cases.alternativecare.api.Consent;
import org.kinbridge.cases.alternativecare.api.DossierEvidence;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.cases.alternativecare.api.MatchingProfile;
import org.kinbridge.cases.alternativecare.api.NeedStatus;
import org.kinbridge.cases.alternativecare.api.RelativeDetails;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.platform.web.Problems.FieldError;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case's alternative care as officers, the chair and auditors read it: the needs with
 * their checklists, the relatives, each child's care as it stands, and the history of
 * every step, including those taken in matching-service. Lists are never {@code null}.
 *
 * @param children the age of each child of the case, which the checklist depends on
 * @param arrangements each child with a need and their care as it stands
 */
@Document("case_alternative_care")
public record AlternativeCareView(@Id String caseId, String provinceCode, String communeCode, List<ChildAge> children,
		List<NeedView> needs, List<RelativeView> relatives, List<Arrangement> arrangements,
		List<HistoryEntry> history) {

	public AlternativeCareView {
		children = (children != null) ? children : List.of();
		needs = (needs != null) ? needs : List.of();
		relatives = (relatives != null) ? relatives : List.of();
		arrangements = (arrangements != null) ? arrangements : List.of();
		history = (history != null) ? history : List.of();
	}

	/** What the case knows of a child's age, without the name. */
	public record ChildAge(String childId, LocalDate dateOfBirth, Integer estimatedAge, LocalDate estimatedOn) {

		AgeFacts facts() {
			return new AgeFacts(this.dateOfBirth, this.estimatedAge, this.estimatedOn);
		}

	}

	/**
	 * A need for alternative care and its checklist.
	 *
	 * @param unmetToday the items that would stop a confirmation today; filled in when
	 * the view is read, for needs not yet confirmed
	 */
	public record NeedView(String needId, NeedStatus status, List<String> childIds, boolean keepSiblingsTogether,
			String splitReason, AlternativeCareCategory category, String reason, String legalBasis, boolean inFacility,
			String facilityListApprovalRef, List<CareType> careTypesSought, List<MatchingProfile> profiles,
			List<ChildChecklist> checklist, Acting identifiedBy, Acting confirmedBy, String confirmationNote,
			String endReason, String endNote, Acting endedBy, List<FieldError> unmetToday) {

		public NeedView {
			childIds = (childIds != null) ? childIds : List.of();
			careTypesSought = (careTypesSought != null) ? careTypesSought : List.of();
			profiles = (profiles != null) ? profiles : List.of();
			checklist = (checklist != null) ? checklist : List.of();
			unmetToday = (unmetToday != null) ? unmetToday : List.of();
		}

	}

	/**
	 * What the checklist holds for one child of a need; an item is {@code null} until
	 * recorded.
	 */
	public record ChildChecklist(String childId, RecordedEvidence birthCertificateOrId, RecordedEvidence healthRecord,
			RecordedEvidence photos, RecordedEvidence assessmentForm10, RecordedConsent consent,
			RecordedOpinion childOpinion) {

		Map<DossierItem, DossierEvidence> dossier() {
			Map<DossierItem, DossierEvidence> dossier = new EnumMap<>(DossierItem.class);
			for (RecordedEvidence recorded : List.of(nonNull(this.birthCertificateOrId), nonNull(this.healthRecord),
					nonNull(this.photos), nonNull(this.assessmentForm10))) {
				if (recorded.evidence() != null) {
					dossier.put(recorded.evidence().item(), recorded.evidence());
				}
			}
			return dossier;
		}

		private static RecordedEvidence nonNull(RecordedEvidence recorded) {
			return (recorded != null) ? recorded : new RecordedEvidence(null, null, null);
		}

		ChildChecklist with(DossierItem item, RecordedEvidence recorded) {
			return new ChildChecklist(this.childId,
					(item == DossierItem.BIRTH_CERTIFICATE_OR_ID) ? recorded : this.birthCertificateOrId,
					(item == DossierItem.HEALTH_RECORD) ? recorded : this.healthRecord,
					(item == DossierItem.PHOTOS) ? recorded : this.photos,
					(item == DossierItem.ASSESSMENT_FORM_10) ? recorded : this.assessmentForm10, this.consent,
					this.childOpinion);
		}

	}

	/**
	 * @param correctionReason why a confirmed need's item was recorded again
	 */
	public record RecordedEvidence(DossierEvidence evidence, String correctionReason, Acting by) {
	}

	public record RecordedConsent(Consent consent, String correctionReason, Acting by) {
	}

	public record RecordedOpinion(ChildOpinion opinion, String correctionReason, Acting by) {
	}

	/**
	 * A relative, with their name and phone, which stay inside case-service.
	 *
	 * @param livesInAnotherCommune the relative is to be reached through the commune
	 * where they live (Circular 14/2020 Art. 10 cl. 3)
	 */
	public record RelativeView(String relativeId, RelativeDetails details, boolean livesInAnotherCommune,
			Acting addedBy, Acting updatedBy) {
	}

	/**
	 * A child's current care arrangement.
	 *
	 * @param status {@code NONE}, {@code PROPOSED}, {@code DECIDED}, {@code PLACED} or
	 * {@code ENDED}
	 * @param placementId the placement decided, running or ended, {@code null} before a
	 * decision
	 * @param caregiverId that placement's caregiver, or the best-ranked proposed one
	 * @param openProposals proposals that are neither closed nor decided, best first
	 * @param turns16On the child's 16th birthday, while placed
	 * @param turned16InCareOn when the child turned 16 in the current placement
	 */
	public record Arrangement(String childId, String needId, String status, String placementId, String caregiverId,
			CareType careType, String decisionNumber, LocalDate handoverDueOn, LocalDate placedSince, LocalDate endedOn,
			String endReason, List<Proposal> openProposals, LocalDate turns16On, LocalDate turned16InCareOn) {

		public Arrangement {
			openProposals = (openProposals != null) ? openProposals : List.of();
		}

	}

	public record Proposal(String placementId, String caregiverId, CareType careType, int rank, int score,
			List<String> explanation) {
	}

	/**
	 * One step of the case's alternative care.
	 *
	 * @param eventId the stored event's id, so that a redelivered event is recorded once
	 * @param type the event's name, such as {@code PlacementDecisionRecorded}
	 * @param inputEventId the CloudEvents id of matching-service's event the step records
	 * @param by who acted, in case-service or in matching-service
	 */
	public record HistoryEntry(String eventId, Instant at, String type, String needId, String childId,
			String placementId, String summary, String inputEventId, Acting by) {
	}

}
