package org.kinbridge.cases.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.kinbridge.cases.intake.ReportIntake;
import org.kinbridge.cases.intake.ReportRequest;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReporterRelation;
import org.kinbridge.cases.survey.api.SurveyFinding;
import org.kinbridge.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.stereotype.Component;

/**
 * Turns a hamlet's findings into intake reports (Form 01), one per child: channel
 * {@code COLLABORATOR_SURVEY}, the collaborator as the named reporter, the round and
 * hamlet in the summary. Each report is checked exactly as the intake form is, and a
 * problem is reported on the finding's own field.
 */
@Component
public class SurveyFindings {

	private final ReportIntake intake;

	private final Validator validator;

	private final RosterProjection roster;

	public SurveyFindings(ReportIntake intake, Validator validator, RosterProjection roster) {
		this.intake = intake;
		this.validator = validator;
		this.roster = roster;
	}

	/**
	 * @return the collaborator, who must be on the commune's roster
	 * @throws ErrorResponseException (400) on {@code collaboratorId} otherwise
	 */
	public CollaboratorView collaboratorOf(String communeCode, String collaboratorId) {
		return this.roster.collaborator(collaboratorId)
			.filter((collaborator) -> collaborator.communeCode().equals(communeCode))
			.orElseThrow(() -> invalid(List.of(new Problems.FieldError("collaboratorId",
					"is not a collaborator on the roster of commune " + communeCode))));
	}

	/**
	 * @return one report per finding, with the finding that links it to the round; case
	 * numbers are taken now, and skipped if the survey is then refused
	 */
	public List<Finding> reports(CommuneScope.InCommune commune, SurveyRoundView round,
			SurveyRoundView.HamletProgress hamlet, CollaboratorView collaborator,
			SurveyRoundController.SurveyRequest request) {
		List<ReportRequest> reports = new ArrayList<>();
		List<Problems.FieldError> errors = new ArrayList<>();
		for (int i = 0; i < request.findings().size(); i++) {
			SurveyRoundController.FindingRequest finding = request.findings().get(i);
			ReportRequest report = new ReportRequest(ReportChannel.COLLABORATOR_SURVEY, request.surveyedAt(),
					new ReportRequest.ReporterRequest(false, collaborator.fullName(), collaborator.phone(),
							hamlet.name(), ReporterRelation.COLLABORATOR),
					commune.communeCode(), summary(finding.summary(), round, hamlet), List.of(finding.child()));
			errors.addAll(problems(this.validator.validate(report), i));
			reports.add(report);
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			ReceiveReport command = this.intake.receive(reports.get(i), commune.actor(), commune.role());
			findings.add(new Finding(new SurveyFinding(round.roundId() + "/" + hamlet.hamletCode() + "/" + (i + 1),
					command.caseId(), command.caseNumber()), command));
		}
		return findings;
	}

	/** The case file shows where the child was found, in the commune's own words. */
	private static String summary(String said, SurveyRoundView round, SurveyRoundView.HamletProgress hamlet) {
		String where = "Khảo sát \"" + round.title() + "\", " + hamlet.name() + ".";
		return (said == null || said.isBlank()) ? where : said.strip() + "\n" + where;
	}

	/** Paths of the report are moved onto the finding they came from. */
	private static List<Problems.FieldError> problems(Set<ConstraintViolation<ReportRequest>> violations, int finding) {
		String prefix = "findings[" + finding + "]";
		return violations.stream().map((violation) -> {
			String path = violation.getPropertyPath().toString();
			String field;
			if (path.startsWith("children[0]")) {
				field = prefix + ".child" + path.substring("children[0]".length());
			}
			else if (path.equals("receivedAt")) {
				field = "surveyedAt";
			}
			else if (path.equals("summary")) {
				field = prefix + ".summary";
			}
			else {
				field = prefix + (path.isEmpty() ? "" : "." + path);
			}
			return new Problems.FieldError(field, violation.getMessage());
		}).sorted(Comparator.comparing(Problems.FieldError::field)).toList();
	}

	private static ErrorResponseException invalid(List<Problems.FieldError> errors) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST,
				Problems.validation("The survey has " + errors.size() + " invalid field(s).", errors), null);
	}

	/**
	 * @param finding what the round keeps
	 * @param command the report that opens the finding's case
	 */
	public record Finding(SurveyFinding finding, ReceiveReport command) {
	}

}
