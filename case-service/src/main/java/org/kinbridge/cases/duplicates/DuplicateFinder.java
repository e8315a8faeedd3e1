package org.kinbridge.cases.duplicates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.duplicates.api.DuplicateCandidate;
import org.kinbridge.cases.duplicates.api.FlagPossibleDuplicates;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.reference.NameFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Looks for earlier cases of the same commune that a new report may duplicate, and flags
 * the new case. The case list is read, so a report recorded a moment before may not be
 * seen yet: the check helps officers, it does not guarantee uniqueness.
 */
@Component
public class DuplicateFinder {

	private static final Logger log = LoggerFactory.getLogger(DuplicateFinder.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MongoTemplate mongo;

	private final CommandGateway commands;

	public DuplicateFinder(MongoTemplate mongo, CommandGateway commands) {
		this.mongo = mongo;
		this.commands = commands;
	}

	/**
	 * @param report a report that has just opened its case
	 * @return the cases it may duplicate, now flagged on the new case; none when the
	 * check failed
	 */
	public List<DuplicateCandidate> flag(ReceiveReport report) {
		try {
			List<DuplicateCandidate> candidates = find(report);
			if (!candidates.isEmpty()) {
				this.commands.sendAndWait(new FlagPossibleDuplicates(report.caseId(), candidates,
						new Acting(report.recordedBy(), report.recordedByRole(), report.provinceCode(),
								report.communeCode(), report.recordedAt())));
			}
			return candidates;
		}
		catch (RuntimeException ex) {
			// The case is open: a failed check must not turn its intake into an error.
			log.warn("Could not check case {} for possible duplicates: {}", report.caseId(), ex.toString());
			return List.of();
		}
	}

	/**
	 * @param report a new report
	 * @return earlier cases of its commune, not merged away, with a child that looks like
	 * one of its children
	 */
	public List<DuplicateCandidate> find(ReceiveReport report) {
		List<String> names = report.children()
			.stream()
			.map((child) -> NameFolding.fold(child.fullName()))
			.distinct()
			.toList();
		Query query = Query
			.query(Criteria.where("provinceCode")
				.is(report.provinceCode())
				.and("communeCode")
				.is(report.communeCode())
				.and("_id")
				.ne(report.caseId())
				.and("mergedInto")
				.is(null)
				.and("childNameKeys")
				.in(names))
			.with(Sort.by("receivedAt"));
		LocalDate receivedOn = LocalDate.ofInstant(report.receivedAt(), VIETNAM);
		Map<String, DuplicateCandidate> candidates = new LinkedHashMap<>();
		for (CaseSummary other : this.mongo.find(query, CaseSummary.class)) {
			LocalDate otherReceivedOn = LocalDate.ofInstant(other.receivedAt(), VIETNAM);
			List<DuplicateCandidate.ChildMatch> matches = new ArrayList<>();
			for (ReceiveReport.ReportedChild child : report.children()) {
				for (ReceiveReport.ReportedChild otherChild : other.children()) {
					Optional<String> basis = SameChild.basis(child, receivedOn, otherChild, otherReceivedOn);
					basis.ifPresent((found) -> matches
						.add(new DuplicateCandidate.ChildMatch(child.childId(), otherChild.childId(), found)));
				}
			}
			if (!matches.isEmpty()) {
				candidates.put(other.caseId(), new DuplicateCandidate(other.caseId(), other.caseNumber(), matches));
			}
		}
		return List.copyOf(candidates.values());
	}

}
