package org.kinbridge.cases.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A survey round with the progress of each hamlet, kept by {@link SurveyRoundProjection}.
 *
 * @param status {@code OPEN} or {@code CLOSED}
 * @param totals the hamlets' figures added up
 */
@Document("survey_rounds")
public record SurveyRoundView(@Id String roundId, String provinceCode, String communeCode, String title,
		LocalDate periodStart, LocalDate periodEnd, String status, Instant openedAt, String openedBy, Instant closedAt,
		String closedBy, String closeReason, List<HamletProgress> hamlets, Totals totals) {

	public static final String OPEN = "OPEN";

	public static final String CLOSED = "CLOSED";

	public SurveyRoundView {
		hamlets = (hamlets != null) ? hamlets : List.of();
		totals = Totals.of(hamlets);
	}

	/**
	 * One hamlet's part in the round.
	 *
	 * @param coversHamlet whether the roster had the collaborator covering the hamlet
	 * @param assignmentReason why they were assigned although they do not cover it
	 * @param recordedBy who recorded the survey: the collaborator, or an officer
	 * @param onBehalf whether an officer recorded it for the collaborator
	 * @param childrenFound children in special circumstances found, known ones included
	 * @param findings the children reported, each with the case opened for them
	 * @param casesOpened how many of those cases are open in the case list
	 */
	public record HamletProgress(String hamletCode, String name, String collaboratorId, String collaboratorName,
			Boolean coversHamlet, String assignmentReason, Instant assignedAt, String assignedBy, boolean surveyed,
			Instant surveyedAt, String recordedBy, String recordedByRole, Boolean onBehalf, Integer householdsVisited,
			Integer childrenFound, List<Finding> findings, int casesOpened) {

		public HamletProgress {
			findings = (findings != null) ? findings : List.of();
			casesOpened = (int) findings.stream().filter(Finding::caseOpened).count();
		}

	}

	/** A child reported in a hamlet's survey and the case opened for them. */
	public record Finding(String findingId, String caseId, String caseNumber, boolean caseOpened) {
	}

	public record Totals(int hamlets, int assigned, int surveyed, int householdsVisited, int childrenFound,
			int casesOpened) {

		static Totals of(List<HamletProgress> hamlets) {
			return new Totals(hamlets.size(),
					(int) hamlets.stream().filter((hamlet) -> hamlet.collaboratorId() != null).count(),
					(int) hamlets.stream().filter(HamletProgress::surveyed).count(),
					hamlets.stream().mapToInt((hamlet) -> zeroIfNull(hamlet.householdsVisited())).sum(),
					hamlets.stream().mapToInt((hamlet) -> zeroIfNull(hamlet.childrenFound())).sum(),
					hamlets.stream().mapToInt(HamletProgress::casesOpened).sum());
		}

		private static int zeroIfNull(Integer value) {
			return (value != null) ? value : 0;
		}

	}

}
