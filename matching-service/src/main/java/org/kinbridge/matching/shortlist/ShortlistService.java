package org.kinbridge.matching.shortlist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kinbridge.matching.access.AccessPurpose;
import org.kinbridge.matching.access.ReadSubjects;
import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.candidates.CandidateCaregiverQueries;
import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.children.WaitingChildren;
import org.kinbridge.matching.shortlist.ranking.BrokenRule;
import org.kinbridge.matching.shortlist.ranking.CaregiverSnapshot;
import org.kinbridge.matching.shortlist.ranking.ChildSnapshot;
import org.kinbridge.matching.shortlist.ranking.HardRule;
import org.kinbridge.matching.shortlist.ranking.InputsDigest;
import org.kinbridge.matching.shortlist.ranking.NeedSnapshot;
import org.kinbridge.matching.shortlist.ranking.PreferenceOverride;
import org.kinbridge.matching.shortlist.ranking.Ranking;
import org.kinbridge.matching.shortlist.ranking.RuleSet;
import org.kinbridge.matching.shortlist.ranking.ShortlistInputs;
import org.kinbridge.matching.shortlist.ranking.Shortlister;
import org.kinbridge.matching.shortlist.ranking.WhyNot;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.NotFoundException;
import org.kinbridge.platform.web.Problems;

import org.springframework.stereotype.Service;

/**
 * Makes, stores, shows, explains and recomputes shortlists, with the tenancy checks: a
 * shortlist is made by the officers who propose placements, read also by the commune
 * chair who decides on them and by auditors, and never seen outside its province (or
 * commune, for commune roles). Every shortlist shown, explained or recomputed for a
 * reader is recorded in the access log.
 */
@Service
public class ShortlistService {

	/**
	 * The proposers: the chair approves and decides on what officers prepare, so a chair
	 * reads shortlists but does not make them.
	 */
	static final Role[] MAKERS = { Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER };

	static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER, Role.AUDITOR };

	/** The routes that serve shortlists, as the access log names them. */
	private static final String ROUTE = "/api/matching/children/{needId}/shortlists";

	/** Ages are counted on the Vietnamese calendar day. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final WaitingChildren children;

	private final CandidateCaregiverQueries caregivers;

	private final ShortlistRules rules;

	private final ShortlistStore store;

	private final TenantGuard tenant;

	private final Clock clock;

	private final AccessLog accessLog;

	private final Shortlister shortlister = new Shortlister();

	public ShortlistService(WaitingChildren children, CandidateCaregiverQueries caregivers, ShortlistRules rules,
			ShortlistStore store, TenantGuard tenant, Clock clock, AccessLog accessLog) {
		this.children = children;
		this.caregivers = caregivers;
		this.rules = rules;
		this.store = store;
		this.tenant = tenant;
		this.clock = clock;
		this.accessLog = accessLog;
	}

	/**
	 * @param needId a waiting need of the caller's province (and commune)
	 * @param request overrides and a split of siblings, each with a reason
	 * @return the stored shortlist
	 */
	public Shortlist create(String needId, ShortlistRequest request) {
		Actor actor = this.tenant.requireAnyRole(MAKERS);
		String province = actor.province().value();
		WaitingChild need = this.children.find(province, needId)
			.orElseThrow(() -> new NotFoundException("need " + needId + " is not in province " + province));
		this.tenant.requireCommuneScope(CommuneCode.of(need.communeCode()));
		if (!need.isWaiting()) {
			throw new DomainRuleViolation("shortlist.need-ended",
					"The case ended this need for alternative care, so no shortlist can be made for it.");
		}
		List<Problems.FieldError> errors = new ArrayList<>(ShortlistRequestRules.check(request, need));
		Map<String, CaregiverSnapshot> considered = consider(need);
		errors.addAll(ShortlistRequestRules.overridesOfConsidered(request, considered.keySet()));
		if (!errors.isEmpty()) {
			throw new ShortlistRequestRefused(errors);
		}
		RuleSet ruleSet = this.rules.forProvince(province);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), VIETNAM);
		String splitReason = (request.splitSiblings() != null) ? request.splitSiblings().reason().strip() : null;
		List<PreferenceOverride> overrides = request.overrides()
			.stream()
			.map(o -> new PreferenceOverride(o.caregiverId(), HardRule.valueOf(o.rule()), o.reason().strip()))
			.toList();
		ShortlistInputs inputs = new ShortlistInputs(snapshotOf(need), new ArrayList<>(considered.values()), ruleSet,
				overrides, splitReason, today);
		Ranking ranking = this.shortlister.rank(inputs);
		Shortlist shortlist = new Shortlist(UUID.randomUUID().toString(), needId, province, need.communeCode(), ruleSet,
				InputsDigest.of(inputs), this.clock.instant(),
				new Shortlist.CreatedBy(actor.userId(), actor.firstRoleOf(MAKERS).name()), today, inputs.need(),
				inputs.overrides(), splitReason, ShortlistStore.chunks(inputs.caregivers().size()), ranking);
		this.store.save(inputs.caregivers(), shortlist);
		record(actor, actor.firstRoleOf(MAKERS), shortlist, "POST " + ROUTE, AccessPurpose.SHORTLIST_MADE);
		return shortlist;
	}

	/**
	 * A shortlist for the placement process to read from, which shows it to nobody, so
	 * the read is not recorded; readers get it through {@link #show}.
	 */
	public Shortlist get(String needId, String shortlistId) {
		return find(needId, shortlistId).shortlist();
	}

	/**
	 * A shortlist shown to its reader, recorded in the access log.
	 */
	public Shortlist show(String needId, String shortlistId) {
		Found found = find(needId, shortlistId);
		record(found, "GET " + ROUTE + "/{shortlistId}", AccessPurpose.SHORTLIST_VIEW);
		return found.shortlist();
	}

	private Found find(String needId, String shortlistId) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		Shortlist shortlist = this.store.find(actor.province().value(), needId, shortlistId)
			.orElseThrow(() -> new NotFoundException(
					"shortlist " + shortlistId + " of need " + needId + " is not in province " + actor.province()));
		this.tenant.requireCommuneScope(CommuneCode.of(shortlist.communeCode()));
		return new Found(actor, shortlist);
	}

	/**
	 * @return every hard rule the caregiver breaks, or where it ranks; a relative of
	 * another province is answered without its details
	 */
	public WhyNot whyNot(String needId, String shortlistId, String caregiverId) {
		Found found = find(needId, shortlistId);
		record(found, "GET " + ROUTE + "/{shortlistId}/why-not/{caregiverId}", AccessPurpose.WHY_NOT);
		Shortlist shortlist = found.shortlist();
		ShortlistInputs inputs = this.store.inputsOf(shortlist);
		WhyNot answer = this.shortlister.whyNot(inputs, caregiverId);
		if (answer == null) {
			CandidateCaregiver now = this.caregivers.find(shortlist.provinceCode(), caregiverId)
				.orElseThrow(() -> new NotFoundException(
						"caregiver " + caregiverId + " is not in province " + shortlist.provinceCode()));
			String text = "Was not among the province's ELIGIBLE caregivers when the shortlist was made (it is "
					+ now.state() + " now).";
			return new WhyNot(caregiverId, false, null,
					List.of(new BrokenRule(HardRule.ELIGIBLE, HardRule.ELIGIBLE.labelVi(), text)),
					"Not listed: not considered. " + text);
		}
		boolean otherProvince = inputs.caregivers()
			.stream()
			.anyMatch(c -> c.caregiverId().equals(caregiverId) && !shortlist.provinceCode().equals(c.provinceCode()));
		if (otherProvince && !answer.listed()) {
			return new WhyNot(caregiverId, false, null, List.of(), "Not listed. The caregiver is a relative living in "
					+ "another province; its details stay with that province's office.");
		}
		return answer;
	}

	public Recomputation recompute(String needId, String shortlistId) {
		Found found = find(needId, shortlistId);
		record(found, "GET " + ROUTE + "/{shortlistId}/recompute", AccessPurpose.RECOMPUTE);
		Shortlist shortlist = found.shortlist();
		ShortlistInputs inputs = this.store.inputsOf(shortlist);
		boolean digestMatches = InputsDigest.of(inputs).equals(shortlist.inputsDigest());
		boolean rankingMatches = this.shortlister.rank(inputs).equals(shortlist.ranking());
		return new Recomputation(shortlist.id(), shortlist.ruleSet().id(), shortlist.ruleSet().version(),
				digestMatches && rankingMatches, digestMatches, rankingMatches);
	}

	private void record(Actor actor, Role role, Shortlist shortlist, String endpoint, AccessPurpose purpose) {
		this.accessLog.recordReads(ReadSubjects.SHORTLIST, actor, role, List.of(new AccessLog.Shown(shortlist.id(),
				shortlist.needId(), shortlist.provinceCode(), shortlist.communeCode())), endpoint, purpose.name());
	}

	private void record(Found found, String endpoint, AccessPurpose purpose) {
		record(found.actor(), found.actor().firstRoleOf(READERS), found.shortlist(), endpoint, purpose);
	}

	/** A shortlist in the reader's scope, and the reader. */
	private record Found(Actor actor, Shortlist shortlist) {
	}

	/**
	 * Every eligible caregiver of the province, and the child's relatives wherever they
	 * live and whatever their state (so that the answer to "why not the grandmother?"
	 * names the rule), in caregiver-id order.
	 */
	private Map<String, CaregiverSnapshot> consider(WaitingChild need) {
		Map<String, CaregiverSnapshot> considered = new TreeMap<>();
		this.caregivers.eligibleIn(need.provinceCode()).forEach(c -> considered.put(c.caregiverId(), snapshotOf(c)));
		Set<String> relativeIds = need.relatives()
			.stream()
			.map(WaitingChild.Relative::caregiverId)
			.filter(id -> id != null)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> caseIds = new HashSet<>(Arrays.asList(need.caseId(), need.child().caseId()));
		caseIds.remove(null);
		this.caregivers.relativesOf(relativeIds, caseIds).forEach(c -> considered.put(c.caregiverId(), snapshotOf(c)));
		return considered;
	}

	static NeedSnapshot snapshotOf(WaitingChild need) {
		return new NeedSnapshot(need.needId(), need.caseId(), need.provinceCode(), need.communeCode(),
				need.decidedInCommuneCode(), snapshotOf(need.child()),
				need.siblings().stream().map(ShortlistService::snapshotOf).toList(), need.keepSiblingsTogether(),
				need.careTypesSought(),
				need.relatives()
					.stream()
					.filter(relative -> relative.caregiverId() != null)
					.map(relative -> new NeedSnapshot.RelativeSnapshot(relative.caregiverId(), relative.relation()))
					.toList());
	}

	private static ChildSnapshot snapshotOf(WaitingChild.ChildProfile child) {
		return new ChildSnapshot(child.childId(), child.caseId(), child.sex(), child.dateOfBirth(),
				child.estimatedAge(), child.ethnicity(), child.religion(), child.languages(), child.needs());
	}

	static CaregiverSnapshot snapshotOf(CandidateCaregiver caregiver) {
		CandidateCaregiver.Preferences wanted = caregiver.preferences();
		return new CaregiverSnapshot(caregiver.caregiverId(), caregiver.provinceCode(), caregiver.communeCode(),
				(caregiver.state() != null) ? caregiver.state().name() : null, caregiver.kinCaseId(),
				caregiver.dateOfBirth(), caregiver.careTypes(), caregiver.freeCapacity(),
				(wanted != null) ? new CaregiverSnapshot.Preferences(wanted.minAge(), wanted.maxAge(), wanted.sexes(),
						wanted.siblingGroups(), wanted.needs()) : null,
				caregiver.languages(), caregiver.ethnicity(), caregiver.religion());
	}

}
