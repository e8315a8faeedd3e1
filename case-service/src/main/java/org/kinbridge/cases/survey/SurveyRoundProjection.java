package org.kinbridge.cases.survey;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.survey.SurveyRoundView.Finding;
import org.kinbridge.cases.survey.SurveyRoundView.HamletProgress;
import org.kinbridge.cases.survey.api.CollaboratorAssigned;
import org.kinbridge.cases.survey.api.HamletSurveyRecorded;
import org.kinbridge.cases.survey.api.SurveyRoundClosed;
import org.kinbridge.cases.survey.api.SurveyRoundOpened;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the survey rounds with each hamlet's progress, and marks a finding's case as
 * opened when intake's {@link ReportReceived} arrives. Its events are handled in the
 * order they were stored (see {@link SurveyProcessing}), so a finding is always known
 * before its case.
 */
@Component
@ProcessingGroup(SurveyRoundProjection.PROCESSING_GROUP)
public class SurveyRoundProjection {

	static final String PROCESSING_GROUP = "survey-rounds";

	private final MongoTemplate mongo;

	public SurveyRoundProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), SurveyRoundView.class);
	}

	@EventHandler
	void on(SurveyRoundOpened event) {
		List<HamletProgress> hamlets = event.hamlets()
			.stream()
			.map((hamlet) -> new HamletProgress(hamlet.hamletCode(), hamlet.name(), null, null, null, null, null, null,
					false, null, null, null, null, null, null, List.of(), 0))
			.toList();
		this.mongo.save(new SurveyRoundView(event.roundId(), event.provinceCode(), event.communeCode(), event.title(),
				event.periodStart(), event.periodEnd(), SurveyRoundView.OPEN, event.by().at(), event.by().userId(),
				null, null, null, hamlets, null));
	}

	@EventHandler
	void on(CollaboratorAssigned event) {
		updateHamlet(event.roundId(), event.hamletCode(),
				(hamlet) -> new HamletProgress(hamlet.hamletCode(), hamlet.name(), event.collaboratorId(),
						event.collaboratorName(), event.coversHamlet(), event.reason(), event.by().at(),
						event.by().userId(), false, null, null, null, null, null, null, List.of(), 0));
	}

	@EventHandler
	void on(HamletSurveyRecorded event) {
		List<Finding> findings = event.findings()
			.stream()
			.map((finding) -> new Finding(finding.findingId(), finding.caseId(), finding.caseNumber(), false))
			.toList();
		updateHamlet(event.roundId(), event.hamletCode(),
				(hamlet) -> new HamletProgress(hamlet.hamletCode(), hamlet.name(), hamlet.collaboratorId(),
						hamlet.collaboratorName(), hamlet.coversHamlet(), hamlet.assignmentReason(),
						hamlet.assignedAt(), hamlet.assignedBy(), true, event.surveyedAt(), event.by().userId(),
						event.by().role(), event.onBehalf(), event.householdsVisited(), event.childrenFound(), findings,
						0));
	}

	@EventHandler
	void on(SurveyRoundClosed event) {
		round(event.roundId()).ifPresent((round) -> this.mongo
			.save(new SurveyRoundView(round.roundId(), round.provinceCode(), round.communeCode(), round.title(),
					round.periodStart(), round.periodEnd(), SurveyRoundView.CLOSED, round.openedAt(), round.openedBy(),
					event.by().at(), event.by().userId(), event.reason(), round.hamlets(), null)));
	}

	/**
	 * Only surveys report through the collaborators' channel, so other reports cost
	 * nothing.
	 */
	@EventHandler
	void on(ReportReceived event) {
		if (event.channel() != ReportChannel.COLLABORATOR_SURVEY) {
			return;
		}
		SurveyRoundView round = this.mongo
			.findOne(Query.query(Criteria.where("hamlets.findings.caseId").is(event.caseId())), SurveyRoundView.class);
		if (round == null) {
			return;
		}
		List<HamletProgress> hamlets = round.hamlets()
			.stream()
			.map((hamlet) -> new HamletProgress(hamlet.hamletCode(), hamlet.name(), hamlet.collaboratorId(),
					hamlet.collaboratorName(), hamlet.coversHamlet(), hamlet.assignmentReason(), hamlet.assignedAt(),
					hamlet.assignedBy(), hamlet.surveyed(), hamlet.surveyedAt(), hamlet.recordedBy(),
					hamlet.recordedByRole(), hamlet.onBehalf(), hamlet.householdsVisited(), hamlet.childrenFound(),
					hamlet.findings()
						.stream()
						.map((finding) -> finding.caseId().equals(event.caseId())
								? new Finding(finding.findingId(), finding.caseId(), event.caseNumber(), true)
								: finding)
						.toList(),
					0))
			.toList();
		this.mongo.save(withHamlets(round, hamlets));
	}

	public Optional<SurveyRoundView> round(String roundId) {
		return Optional.ofNullable(this.mongo.findById(roundId, SurveyRoundView.class));
	}

	/**
	 * @return the commune's rounds, newest first
	 */
	public List<SurveyRoundView> rounds(String communeCode) {
		return this.mongo.find(Query.query(Criteria.where("communeCode").is(communeCode))
			.with(Sort.by(Sort.Direction.DESC, "periodStart")), SurveyRoundView.class);
	}

	private void updateHamlet(String roundId, String hamletCode, UnaryOperator<HamletProgress> change) {
		round(roundId).ifPresent((round) -> this.mongo.save(withHamlets(round,
				round.hamlets()
					.stream()
					.map((hamlet) -> hamlet.hamletCode().equals(hamletCode) ? change.apply(hamlet) : hamlet)
					.toList())));
	}

	private static SurveyRoundView withHamlets(SurveyRoundView round, List<HamletProgress> hamlets) {
		return new SurveyRoundView(round.roundId(), round.provinceCode(), round.communeCode(), round.title(),
				round.periodStart(), round.periodEnd(), round.status(), round.openedAt(), round.openedBy(),
				round.closedAt(), round.closedBy(), round.closeReason(), hamlets, null);
	}

}
