package org.kinbridge.cases.duplicates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.casefile.CaseCommands;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.duplicates.api.DuplicateCandidate;
import org.kinbridge.cases.duplicates.api.KeepCasesApart;
import org.kinbridge.cases.duplicates.api.MergeCaseInto;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.cases.reading.AccessPurpose;
import org.kinbridge.cases.reading.CaseReader;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.ConflictException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Possible duplicates of a case: officers compare the flagged cases side by side, then
 * merge the later case into the earlier one or keep them apart. Either case of a pair can
 * be named in the path; the case that was flagged at intake is the one that is closed.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/duplicates")
public class DuplicatesController {

	private static final Role[] REVIEWERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private static final Role[] DECIDERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER };

	private static final String REVIEW_ENDPOINT = "GET /api/cases/{caseId}/duplicates";

	private final CaseReader reader;

	private final CaseCommands commands;

	private final TenantGuard tenant;

	public DuplicatesController(CaseReader reader, CaseCommands commands, TenantGuard tenant) {
		this.reader = reader;
		this.commands = commands;
		this.tenant = tenant;
	}

	/**
	 * The open flags of the case, each with the children of both cases side by side; both
	 * cases' reads are recorded.
	 */
	@GetMapping
	public List<Review> review(@PathVariable String caseId) {
		this.tenant.requireAnyRole(REVIEWERS);
		CaseSummary flaggedOrNot = this.reader.requireVisible(caseId);
		if (flaggedOrNot.possibleDuplicates().isEmpty()) {
			return List.of();
		}
		List<String> shown = new ArrayList<>();
		shown.add(caseId);
		flaggedOrNot.possibleDuplicates().forEach((flag) -> shown.add(otherSide(flag, caseId)));
		List<CaseSummary> cases = this.reader.openAll(shown, REVIEW_ENDPOINT, AccessPurpose.DUPLICATE_REVIEW);
		CaseSummary self = cases.get(0);
		return self.possibleDuplicates()
			.stream()
			.map((flag) -> new Review(flag.flaggedCaseId(), flag.flaggedCaseNumber(), flag.ofCaseId(),
					flag.ofCaseNumber(), flag.matches(), flag.flaggedAt(), Side.of(find(cases, flag.flaggedCaseId())),
					Side.of(find(cases, flag.ofCaseId()))))
			.toList();
	}

	/**
	 * The two cases are about the same child: the flagged case is closed as merged into
	 * the other, and both keep their history.
	 */
	@PostMapping("/{otherCaseId}/merge")
	public Decision merge(@PathVariable String caseId, @PathVariable String otherCaseId,
			@Valid @RequestBody DecisionRequest request) {
		this.tenant.requireAnyRole(DECIDERS);
		Pair pair = pair(caseId, otherCaseId);
		CaseSummary into = pair.other();
		if (into.mergedInto() != null) {
			throw new ConflictException("Case " + into.caseNumber() + " is " + into.status() + ", merged into case "
					+ into.mergedInto() + "; merge into that case instead.");
		}
		if (CaseState.CLOSED.name().equals(into.status()) || CaseState.TRANSFERRED.name().equals(into.status())) {
			throw new ConflictException("Case " + into.caseNumber() + " is " + into.status()
					+ "; a case can only be merged into a case that is still open.");
		}
		CaseCommands.CaseStep step = this.commands.send(pair.flagged(), DECIDERS,
				(by) -> new MergeCaseInto(pair.flagged(), into.caseId(), into.caseNumber(), request.reason(), by));
		return new Decision(pair.flagged(), into.caseId(), Decision.MERGED, step.status());
	}

	/** The two cases are about different children or events: the flag is cleared. */
	@PostMapping("/{otherCaseId}/keep-apart")
	public Decision keepApart(@PathVariable String caseId, @PathVariable String otherCaseId,
			@Valid @RequestBody DecisionRequest request) {
		this.tenant.requireAnyRole(DECIDERS);
		Pair pair = pair(caseId, otherCaseId);
		CaseCommands.CaseStep step = this.commands.send(pair.flagged(), DECIDERS,
				(by) -> new KeepCasesApart(pair.flagged(), pair.other().caseId(), request.reason(), by));
		return new Decision(pair.flagged(), pair.other().caseId(), Decision.KEPT_APART, step.status());
	}

	/**
	 * Which of the two was flagged, as the case list shows it; when it shows no flag
	 * between them, the case in the path is taken as flagged and the case file answers.
	 */
	private Pair pair(String caseId, String otherCaseId) {
		CaseSummary named = this.reader.requireVisible(caseId);
		CaseSummary other = this.reader.requireVisible(otherCaseId);
		Optional<CaseSummary.PossibleDuplicate> flag = named.possibleDuplicates()
			.stream()
			.filter((candidate) -> otherSide(candidate, caseId).equals(otherCaseId))
			.findFirst();
		if (flag.isPresent() && flag.get().flaggedCaseId().equals(otherCaseId)) {
			return new Pair(otherCaseId, named);
		}
		return new Pair(caseId, other);
	}

	private static String otherSide(CaseSummary.PossibleDuplicate flag, String caseId) {
		return flag.flaggedCaseId().equals(caseId) ? flag.ofCaseId() : flag.flaggedCaseId();
	}

	private static CaseSummary find(List<CaseSummary> cases, String caseId) {
		return cases.stream().filter((found) -> found.caseId().equals(caseId)).findFirst().orElseThrow();
	}

	/**
	 * @param flagged the case flagged at intake, which a merge closes
	 * @param other the case it may duplicate
	 */
	private record Pair(String flagged, CaseSummary other) {
	}

	/**
	 * The body of a decision on a possible duplicate.
	 *
	 * @param reason why the officer judged the cases to be, or not to be, the same
	 */
	public record DecisionRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	/**
	 * @param caseId the flagged case
	 * @param otherCaseId the case it was thought to duplicate
	 * @param decision {@code MERGED} or {@code KEPT_APART}
	 * @param status the step the flagged case is now at
	 */
	public record Decision(String caseId, String otherCaseId, String decision, CaseState status) {

		static final String MERGED = "MERGED";

		static final String KEPT_APART = "KEPT_APART";

	}

	/**
	 * A possible duplicate as the officer compares it.
	 *
	 * @param flagged the case flagged at intake
	 * @param of the earlier case it may duplicate
	 */
	public record Review(String flaggedCaseId, String flaggedCaseNumber, String ofCaseId, String ofCaseNumber,
			List<DuplicateCandidate.ChildMatch> matches, Instant flaggedAt, Side flagged, Side of) {
	}

	/**
	 * One case of the pair, with what is needed to tell whether its children are the
	 * same.
	 */
	public record Side(String caseNumber, String status, String communeCode, Instant receivedAt,
			List<ChildSketch> children) {

		static Side of(CaseSummary summary) {
			return new Side(summary.caseNumber(), summary.status(), summary.communeCode(), summary.receivedAt(),
					summary.children().stream().map(ChildSketch::of).toList());
		}

	}

	public record ChildSketch(String childId, String fullName, Sex sex, LocalDate dateOfBirth, Integer estimatedAge) {

		static ChildSketch of(ReceiveReport.ReportedChild child) {
			return new ChildSketch(child.childId(), child.fullName(), child.sex(), child.dateOfBirth(),
					child.estimatedAge());
		}

	}

}
