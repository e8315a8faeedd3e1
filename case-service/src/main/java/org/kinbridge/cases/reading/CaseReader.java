package org.kinbridge.cases.reading;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kinbridge.cases.casefile.CaseFileProjection;
import org.kinbridge.cases.casefile.CaseHandoverSnapshot;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessLog.Shown;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Hands out cases to readers: checks the caller's scope on every case and records every
 * case shown in the access log. Controllers that show a child's record go through it.
 */
@Component
public class CaseReader {

	/** Who may read cases, in the order in which the reading role is recorded. */
	public static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR, Role.COLLABORATOR };

	private final CaseFileProjection cases;

	private final TenantGuard tenant;

	private final AccessLog accessLog;

	public CaseReader(CaseFileProjection cases, TenantGuard tenant, AccessLog accessLog) {
		this.cases = cases;
		this.tenant = tenant;
		this.accessLog = accessLog;
	}

	/**
	 * @param caseId the case to open
	 * @param endpoint the route serving the read
	 * @param purpose why it is read
	 * @return the case, its read recorded
	 * @throws NotFoundException (404) when the case does not exist or lies outside the
	 * caller's scope
	 */
	public CaseSummary open(String caseId, String endpoint, AccessPurpose purpose) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		CaseSummary found = require(actor, caseId);
		record(actor, List.of(found), endpoint, purpose);
		return found;
	}

	/**
	 * Like {@link #open}, except that a commune or province that handed the case over
	 * gets the case as it was at the handover, marked with where it went: the new owner's
	 * work stays hidden from it.
	 */
	public CaseSummary openIncludingHandedOver(String caseId, String endpoint, AccessPurpose purpose) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		CaseSummary found = visible(actor, caseId).or(() -> handedOverBy(actor, caseId))
			.orElseThrow(() -> notFound(actor, caseId));
		record(actor, List.of(found), endpoint, purpose);
		return found;
	}

	/**
	 * Opens several cases at once, for views that compare them; records nothing when any
	 * of them is out of scope.
	 */
	public List<CaseSummary> openAll(Collection<String> caseIds, String endpoint, AccessPurpose purpose) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		List<CaseSummary> found = caseIds.stream().distinct().map((caseId) -> require(actor, caseId)).toList();
		record(actor, found, endpoint, purpose);
		return found;
	}

	/**
	 * For commands that need a case's state but show none of it: checks scope, records
	 * nothing.
	 * @throws NotFoundException (404) when the case lies outside the caller's scope
	 */
	public CaseSummary requireVisible(String caseId) {
		return require(this.tenant.actor(), caseId);
	}

	/**
	 * Shows a case as it stood at an earlier instant to a caller whose scope held it
	 * then, and records the read.
	 * @throws NotFoundException (404) when the case lay outside the caller's scope then
	 */
	public CaseAsOf showAsOf(CaseAsOf asOf, String endpoint, AccessPurpose purpose) {
		Actor actor = this.tenant.actor();
		if (!canSee(actor, asOf.caseFile())) {
			throw notFound(actor, asOf.caseFile().caseId());
		}
		record(actor, List.of(asOf.caseFile()), endpoint, purpose);
		return asOf;
	}

	/**
	 * @return whether the caller may know that the case exists: it is in their scope now,
	 * or they handed it over; records nothing
	 */
	public boolean mayKnowOf(String caseId) {
		Actor actor = this.tenant.actor();
		return visible(actor, caseId).or(() -> handedOverBy(actor, caseId)).isPresent();
	}

	/**
	 * @return the cases, their reads recorded
	 */
	public <T extends Collection<CaseSummary>> T shown(T cases, String endpoint, AccessPurpose purpose) {
		record(this.tenant.requireAnyRole(READERS), cases, endpoint, purpose);
		return cases;
	}

	/**
	 * @return the part of the province the caller may see
	 */
	public CaseQueries.Scope scope() {
		Actor actor = this.tenant.requireAnyRole(READERS);
		return new CaseQueries.Scope(actor.province().value(), actor.isProvinceWide() ? null : actor.commune().value(),
				isOnlyCollaborator(actor) ? actor.userId() : null);
	}

	private CaseSummary require(Actor actor, String caseId) {
		return visible(actor, caseId).orElseThrow(() -> notFound(actor, caseId));
	}

	private Optional<CaseSummary> visible(Actor actor, String caseId) {
		return this.cases.find(caseId).filter((found) -> canSee(actor, found));
	}

	private Optional<CaseSummary> handedOverBy(Actor actor, String caseId) {
		return this.cases.handoversOf(caseId)
			.stream()
			.map(CaseHandoverSnapshot::summary)
			.filter((asItWas) -> canSee(actor, asItWas))
			.findFirst();
	}

	private boolean canSee(Actor actor, CaseSummary found) {
		return this.tenant.canSee(new ProvinceCode(found.provinceCode()), new CommuneCode(found.communeCode()))
				&& !(isOnlyCollaborator(actor) && !actor.userId().equals(found.recordedBy()));
	}

	/** Another province's case is "not found": its existence is not revealed. */
	private static NotFoundException notFound(Actor actor, String caseId) {
		return new NotFoundException("No case " + caseId + " in the scope of " + actor.userId());
	}

	private void record(Actor actor, Collection<CaseSummary> cases, String endpoint, AccessPurpose purpose) {
		this.accessLog.recordReads(actor, actor.firstRoleOf(READERS),
				cases.stream()
					.map((read) -> new Shown(read.caseId(), read.caseNumber(), read.provinceCode(), read.communeCode()))
					.toList(),
				endpoint, purpose.name());
	}

	/** Collaborators see only the reports they submitted. */
	private static boolean isOnlyCollaborator(Actor actor) {
		return actor.roles().size() == 1 && actor.hasRole(Role.COLLABORATOR);
	}

}
