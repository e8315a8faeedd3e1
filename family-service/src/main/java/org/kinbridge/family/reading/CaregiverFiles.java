package org.kinbridge.family.reading;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.vetting.Household;
import org.kinbridge.family.vetting.ProvinceVettingRules;
import org.kinbridge.family.vetting.RequiredCheck;
import org.kinbridge.family.vetting.VettingChecklist;
import org.kinbridge.family.vetting.VettingRules;
import org.kinbridge.family.vetting.api.CheckOutcome;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Queries on the caregiver files, always within one province: one file with today's
 * checklist, lists by state, the commune register, and evidence about to expire. Callers
 * check scope and record the reads.
 */
@Component
public class CaregiverFiles {

	/** The caregivers listed on the commune register. */
	static final Set<String> ON_REGISTER = Set.of(CaregiverState.ELIGIBLE.name(), CaregiverState.SUSPENDED.name());

	/**
	 * The history entries that move a caregiver on to, within or off the register, and
	 * what the register report calls them.
	 */
	private static final Map<String, String> REGISTER_CHANGES = Map.of("FOUND_ELIGIBLE", "ADDED", "SUSPENDED",
			"SUSPENDED", "REINSTATED", "REINSTATED", "REMOVED", "REMOVED");

	/** The caregivers whose evidence still matters. */
	static final Set<String> OPEN = Set.of(CaregiverState.REGISTERED.name(), CaregiverState.VETTING.name(),
			CaregiverState.ELIGIBLE.name(), CaregiverState.SUSPENDED.name());

	private final MongoTemplate mongo;

	private final VettingRules vettingRules;

	public CaregiverFiles(MongoTemplate mongo, VettingRules vettingRules) {
		this.mongo = mongo;
		this.vettingRules = vettingRules;
	}

	Optional<CaregiverFile> find(String caregiverId) {
		return Optional.ofNullable(this.mongo.findById(caregiverId, CaregiverFile.class));
	}

	/**
	 * @param communeCode one commune, or {@code null} for the whole province
	 * @param status one state, or {@code null} for all
	 * @return the caregivers, the earliest registered first
	 */
	Page<CaregiverFile> list(String provinceCode, String communeCode, String status, int page, int size) {
		Query query = Query.query(scope(provinceCode, communeCode));
		if (status != null) {
			query.addCriteria(Criteria.where("status").is(status));
		}
		long total = this.mongo.count(query, CaregiverFile.class);
		List<CaregiverFile> items = this.mongo.find(
				query.with(Sort.by("registeredAt", "caregiverId")).skip((long) page * size).limit(size),
				CaregiverFile.class);
		return new Page<>(items, total, page, size);
	}

	/**
	 * @return the eligible and suspended caregivers of the commune (or province), by
	 * commune and then in the order they became eligible
	 */
	List<CaregiverFile> register(String provinceCode, String communeCode) {
		Query query = Query.query(scope(provinceCode, communeCode).and("status").in(ON_REGISTER))
			.with(Sort.by("communeCode", "eligibleSince", "caregiverId"));
		return this.mongo.find(query, CaregiverFile.class);
	}

	/**
	 * @param until the last day counted as "about to expire"
	 * @return the files of open caregivers with a check in force ending by then
	 */
	List<CaregiverFile> withEvidenceEndingBy(String provinceCode, String communeCode, LocalDate until) {
		Query query = Query
			.query(scope(provinceCode, communeCode).and("status").in(OPEN).and("nextEvidenceExpiry").lte(until))
			.with(Sort.by("nextEvidenceExpiry", "caregiverId"));
		return this.mongo.find(query, CaregiverFile.class);
	}

	/**
	 * @param communeCode one commune, or {@code null} for the whole province
	 * @return the ids of the caregivers found eligible between the two days (both
	 * included), whatever became of them since
	 */
	public List<String> foundEligibleBetween(String provinceCode, String communeCode, LocalDate from, LocalDate to) {
		Query query = Query.query(scope(provinceCode, communeCode).and("eligibleSince").gte(from).lte(to));
		query.fields().include("caregiverId");
		return this.mongo.find(query, CaregiverFile.class).stream().map(file -> file.caregiverId).toList();
	}

	/**
	 * The caregivers of a commune on the register at the end of a period, or whose place
	 * on it changed during the period, judged from their history: the register as the
	 * commune reports it each quarter.
	 * @param from the first day of the period
	 * @param until the last day counted, the period's end or today if sooner
	 */
	List<QuarterlyRegisterEntry> registerDuring(String provinceCode, String communeCode, LocalDate from,
			LocalDate until) {
		Query query = Query.query(scope(provinceCode, communeCode).and("eligibleSince").lte(until))
			.with(Sort.by("eligibleSince", "caregiverId"));
		List<QuarterlyRegisterEntry> entries = new ArrayList<>();
		for (CaregiverFile file : this.mongo.find(query, CaregiverFile.class)) {
			String statusAtEnd = null;
			List<QuarterlyRegisterEntry.Change> changes = new ArrayList<>();
			for (HistoryEntry entry : file.history) {
				String change = REGISTER_CHANGES.get(entry.what());
				LocalDate on = (entry.at() != null) ? LocalDate.ofInstant(entry.at(), Acting.VIETNAM) : null;
				if (change == null || on == null || on.isAfter(until)) {
					continue;
				}
				statusAtEnd = entry.status();
				if (!on.isBefore(from)) {
					changes.add(new QuarterlyRegisterEntry.Change(change, on));
				}
			}
			boolean onRegister = ON_REGISTER.contains(statusAtEnd);
			if (onRegister || !changes.isEmpty()) {
				Person co = file.coApplicant;
				entries.add(new QuarterlyRegisterEntry(file.caregiverId, file.applicant.fullName(),
						(co != null) ? co.fullName() : null, file.applicant.dateOfBirth(), file.applicant.sex().name(),
						(file.address != null) ? file.address.line() : null, file.careTypes, file.capacity,
						file.eligibleSince, file.decisionNumber, statusAtEnd, changes));
			}
		}
		return entries;
	}

	private static Criteria scope(String provinceCode, String communeCode) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		return (communeCode != null) ? criteria.and("communeCode").is(communeCode) : criteria;
	}

	// Views

	static CaregiverSummary summary(CaregiverFile file) {
		return new CaregiverSummary(file.caregiverId, file.provinceCode, file.communeCode, file.status, file.procedure,
				file.applicant.fullName(), file.applicant.dateOfBirth(), file.applicant.sex().name(), file.careTypes,
				file.capacity, file.placed(), file.capacity - file.placed(), file.registeredAt, file.eligibleSince,
				file.nextEvidenceExpiry);
	}

	CaregiverFileView view(CaregiverFile file, LocalDate today) {
		return new CaregiverFileView(file.caregiverId, file.provinceCode, file.communeCode, file.status, file.procedure,
				file.address, file.applicant, file.coApplicant, file.household, file.contact, file.careTypes,
				file.kinship, file.capacity, file.placed(), file.capacity - file.placed(), file.placements,
				file.preferences, file.languages, file.ethnicity, file.religion, file.registeredAt, file.registeredBy,
				file.eligibleSince, file.decisionNumber, checklist(file, today), file.checks, file.reverification,
				file.sessions, file.history);
	}

	static RegisterEntry registerEntry(CaregiverFile file) {
		Person co = file.coApplicant;
		return new RegisterEntry(file.caregiverId, file.provinceCode, file.communeCode, file.status,
				file.applicant.fullName(), (co != null) ? co.fullName() : null, file.applicant.dateOfBirth(),
				file.applicant.sex().name(), (file.address != null) ? file.address.line() : null,
				(file.contact != null) ? file.contact.phone() : null, file.careTypes,
				(file.kinship != null) ? file.kinship.caseId() : null, file.capacity, file.placed(),
				file.capacity - file.placed(), file.languages, file.ethnicity, file.religion, household(file).size(),
				file.eligibleSince, file.decisionNumber, file.nextEvidenceExpiry);
	}

	/**
	 * The checks in force of a file that end by {@code until}, ended ones included.
	 */
	static List<ExpiringEvidence> expiring(CaregiverFile file, LocalDate today, LocalDate until) {
		List<ExpiringEvidence> found = new ArrayList<>();
		for (CheckEntry check : CaregiverProjection.latestChecks(file).values()) {
			if (check.outcome() == CheckOutcome.PASSED && check.expiresOn() != null
					&& !check.expiresOn().isAfter(until)) {
				found.add(new ExpiringEvidence(file.caregiverId, file.communeCode, file.status,
						file.applicant.fullName(), check.kind(), check.subject(),
						(check.evidence() != null) ? check.evidence().reference() : null, check.expiresOn(),
						ChronoUnit.DAYS.between(today, check.expiresOn())));
			}
		}
		found.sort(Comparator.comparing(ExpiringEvidence::expiresOn));
		return found;
	}

	/**
	 * Today's checklist: the same required checks the decision is judged by, each with
	 * the check in force.
	 */
	List<ChecklistItem> checklist(CaregiverFile file, LocalDate today) {
		ProvinceVettingRules rules = this.vettingRules.of(file.provinceCode);
		Map<String, CheckEntry> latest = CaregiverProjection.latestChecks(file);
		List<ChecklistItem> items = new ArrayList<>();
		for (RequiredCheck required : VettingChecklist.required(household(file), rules, today)) {
			CheckEntry check = latest.get(required.kind() + "/" + required.subject());
			items.add((check == null)
					? new ChecklistItem(required.kind(), required.subject(), "MISSING", null, null, null, null)
					: new ChecklistItem(required.kind(), required.subject(), state(file, check, today, rules),
							check.expiresOn(), (check.evidence() != null) ? check.evidence().reference() : null,
							check.verifiedBy(), check.verifiedAt()));
		}
		return items;
	}

	private static String state(CaregiverFile file, CheckEntry check, LocalDate today, ProvinceVettingRules rules) {
		if (file.reverification.stream()
			.anyMatch(pending -> pending.kind() == check.kind() && pending.subject().equals(check.subject()))) {
			return "REVERIFY";
		}
		if (check.outcome() != CheckOutcome.PASSED) {
			return "FAILED";
		}
		if (check.expiresOn() == null) {
			return "PASSED";
		}
		if (check.expiresOn().isBefore(today)) {
			return "EXPIRED";
		}
		return check.expiresOn().isAfter(today.plusDays(rules.expiryWarningDays())) ? "PASSED" : "EXPIRING";
	}

	private static Household household(CaregiverFile file) {
		return new Household(RegistrationProcedure.valueOf(file.procedure), file.applicant, file.coApplicant,
				file.household);
	}

	int expiryWarningDays(String provinceCode) {
		return this.vettingRules.of(provinceCode).expiryWarningDays();
	}

}
