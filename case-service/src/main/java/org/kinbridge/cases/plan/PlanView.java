package org.kinbridge.cases.plan;

import java.time.LocalDate;
import java.util.List;

import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.plan.api.SupportPlan;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case's support and intervention plan as officers and the chair read it: every version
 * with its decision, and the reviews.
 *
 * @param approvedVersion the version in force, {@code null} until one is approved
 */
@Document("case_plans")
public record PlanView(@Id String caseId, Integer approvedVersion, List<Version> versions, List<Review> reviews) {

	public PlanView {
		versions = (versions != null) ? versions : List.of();
		reviews = (reviews != null) ? reviews : List.of();
	}

	/** Where a version of the plan stands. */
	public enum VersionStatus {

		DRAFTED, SUBMITTED, RETURNED, APPROVED,
		/** A later version was approved in its place. */
		SUPERSEDED

	}

	/**
	 * @param revisionReason why the approved plan was revised, {@code null} for the first
	 * version
	 * @param decidedBy the chair who last approved or returned it
	 * @param decision the approval note or the reason for returning it
	 * @param legalBasis the legal basis of an approval
	 */
	public record Version(int version, VersionStatus status, SupportPlan plan, String revisionReason, Acting draftedBy,
			Acting submittedBy, Acting decidedBy, String decision, String legalBasis) {
	}

	public record Review(int version, LocalDate reviewedOn, String progress, LocalDate nextReviewOn, Acting by) {
	}

}
