package org.kinbridge.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.cases.duplicates.api.DuplicateCandidate;
import org.kinbridge.cases.intake.api.ReceiveReport;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as officers list, search and open it: the read model kept by
 * {@link CaseFileProjection} and the projections of later steps. Lists are never
 * {@code null}, so that projections can push onto them.
 *
 * @param assignedTo the officer handling the case; the commune officer who recorded the
 * report, until someone else is assigned
 * @param childNameKeys each child's full name folded for comparison (no diacritics, lower
 * case, single spaces), for duplicate checks
 * @param nameTokens the words of all children's folded names, for name search
 * @param deadlines the time limits running on the case
 * @param possibleDuplicates open possible-duplicate flags this case takes part in, on
 * either side
 * @param mergedInto the case this one was merged into as a duplicate, {@code null}
 * otherwise
 * @param mergedCases cases merged into this one as duplicates
 * @param handedOverTo set only on the copy a former owner reads: where the case went, and
 * when
 * @param formerOwners the communes and provinces that owned the case before, oldest
 * first; each reads the case as it was when it left them
 * @param alternativeCare the children's needs for alternative care and their care at a
 * glance, {@code null} until a need is recorded
 */
@Document("cases")
public record CaseSummary(@Id String caseId, String caseNumber, String provinceCode, String communeCode, String channel,
		Instant receivedAt, ReceiveReport.Reporter reporter, String summary, List<ReceiveReport.ReportedChild> children,
		String siblingGroupId, String status, Instant recordedAt, String recordedBy, String recordedByRole,
		String assignedTo, List<String> childNameKeys, List<String> nameTokens, List<Deadline> deadlines,
		List<PossibleDuplicate> possibleDuplicates, String mergedInto, List<MergedCase> mergedCases,
		HandedOver handedOverTo, List<FormerOwner> formerOwners, AlternativeCareAtAGlance alternativeCare) {

	public CaseSummary {
		children = (children != null) ? children : List.of();
		childNameKeys = (childNameKeys != null) ? childNameKeys : List.of();
		nameTokens = (nameTokens != null) ? nameTokens : List.of();
		deadlines = (deadlines != null) ? deadlines : List.of();
		possibleDuplicates = (possibleDuplicates != null) ? possibleDuplicates : List.of();
		mergedCases = (mergedCases != null) ? mergedCases : List.of();
		formerOwners = (formerOwners != null) ? formerOwners : List.of();
	}

	/**
	 * @return the case as the commune or province that handed it over keeps it: as it was
	 * at the handover, marked {@code TRANSFERRED} and with where it went
	 */
	public CaseSummary asHandedOver(HandedOver to) {
		return new CaseSummary(this.caseId, this.caseNumber, this.provinceCode, this.communeCode, this.channel,
				this.receivedAt, this.reporter, this.summary, this.children, this.siblingGroupId,
				CaseState.TRANSFERRED.name(), this.recordedAt, this.recordedBy, this.recordedByRole, this.assignedTo,
				this.childNameKeys, this.nameTokens, this.deadlines, this.possibleDuplicates, this.mergedInto,
				this.mergedCases, to, this.formerOwners, this.alternativeCare);
	}

	/**
	 * An open flag that {@code flaggedCaseId} may duplicate {@code ofCaseId}; both cases
	 * show it.
	 */
	public record PossibleDuplicate(String flaggedCaseId, String flaggedCaseNumber, String ofCaseId,
			String ofCaseNumber, List<DuplicateCandidate.ChildMatch> matches, Instant flaggedAt) {
	}

	/**
	 * A duplicate case that was closed into this one; its history stays under its own id.
	 */
	public record MergedCase(String caseId, String caseNumber, String reason, Instant mergedAt, String mergedBy) {
	}

	/**
	 * Where a handed-over case went.
	 *
	 * @param referralId the accepted transfer through which it went
	 * @param statusAtHandover the step the case was at when it left
	 */
	public record HandedOver(String provinceCode, String communeCode, Instant at, String referralId,
			String statusAtHandover) {
	}

	/**
	 * A commune and province that owned the case until a handover.
	 *
	 * @param until when the case left them
	 * @param referralId the accepted transfer through which it left
	 */
	public record FormerOwner(String provinceCode, String communeCode, Instant until, String referralId) {
	}

	/**
	 * The case's alternative care in brief; {@code GET
	 * /api/cases/{caseId}/alternative-care} has the whole record.
	 *
	 * @param openNeeds needs that have not ended
	 * @param children every child who had a need, with their care as it stands
	 */
	public record AlternativeCareAtAGlance(int openNeeds, List<ChildInCare> children) {

		public AlternativeCareAtAGlance {
			children = (children != null) ? children : List.of();
		}

	}

	/**
	 * @param needId the child's latest need
	 * @param needStatus where that need stands
	 * @param arrangement {@code NONE}, {@code PROPOSED}, {@code DECIDED}, {@code PLACED}
	 * or {@code ENDED}
	 * @param caregiverId the caregiver of the arrangement, {@code null} for {@code NONE}
	 * @param placedSince the day of the handover, while {@code PLACED}
	 * @param turned16InCare whether the child turned 16 in the current placement
	 */
	public record ChildInCare(String childId, String needId, String needStatus, String arrangement, String caregiverId,
			String careType, LocalDate placedSince, boolean turned16InCare) {
	}

}
