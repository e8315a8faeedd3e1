package org.kinbridge.family.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.caregiver.api.CaregiverId;
import org.kinbridge.family.communes.CommuneScope;
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
 * Every read of caregivers' personal data goes through here: the caller's role and scope
 * are checked, only their province (and, if commune-bound, their commune) is searched,
 * and each caregiver shown is recorded in the access log before the answer leaves.
 */
@Component
public class CaregiverReader {

	/** Collaborators report children, but do not read caregivers' files. */
	public static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final CaregiverFiles files;

	private final AccessLog accessLog;

	private final TenantGuard tenant;

	private final CommuneScope communes;

	private final Clock clock;

	public CaregiverReader(CaregiverFiles files, AccessLog accessLog, TenantGuard tenant, CommuneScope communes,
			Clock clock) {
		this.files = files;
		this.accessLog = accessLog;
		this.tenant = tenant;
		this.communes = communes;
		this.clock = clock;
	}

	/**
	 * @param commune the commune asked for, or {@code null}: a commune-bound caller then
	 * reads their own commune, a province-wide caller the whole province
	 * @return where the caller may read
	 * @throws org.kinbridge.platform.tenancy.OutOfTenantScopeException (404) for a
	 * commune of another province, or another commune of a commune-bound caller
	 */
	public Scope scope(String commune) {
		return scope(commune, null);
	}

	/**
	 * @param commune the commune asked for, or {@code null}
	 * @param on the day it must be a commune of the caller's province, e.g. the last day
	 * of a past quarter, as codes changed in the 2025 mergers; {@code null} for today
	 * @return where the caller may read
	 */
	public Scope scope(String commune, LocalDate on) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		if (commune != null) {
			this.communes.require(commune, on);
		}
		String communeCode = (commune != null) ? commune : (actor.isProvinceWide() ? null : actor.commune().value());
		return new Scope(actor, actor.firstRoleOf(READERS), actor.province().value(), communeCode);
	}

	/**
	 * @return the caregiver's file with today's checklist
	 * @throws NotFoundException for an unknown caregiver or one outside the caller's
	 * scope
	 */
	public CaregiverFileView open(String caregiverId, String endpoint) {
		Scope scope = scope(null);
		CaregiverFile file = CaregiverId.isValid(caregiverId) ? this.files.find(caregiverId).orElse(null) : null;
		if (file == null
				|| !this.tenant.canSee(new ProvinceCode(file.provinceCode), new CommuneCode(file.communeCode))) {
			// Another province's caregiver is "not found": its existence is not revealed.
			throw new NotFoundException("No caregiver " + caregiverId + " in the caller's scope.");
		}
		record(scope, List.of(file), endpoint, AccessPurpose.FILE_VIEW);
		return this.files.view(file, today());
	}

	/**
	 * @param status one state, or {@code null} for all
	 */
	public Page<CaregiverSummary> list(Scope scope, String status, int page, int size, String endpoint) {
		Page<CaregiverFile> found = this.files.list(scope.provinceCode(), scope.communeCode(), status, page, size);
		record(scope, found.items(), endpoint, AccessPurpose.LIST);
		return new Page<>(found.items().stream().map(CaregiverFiles::summary).toList(), found.total(), page, size);
	}

	public List<RegisterEntry> register(Scope scope, String endpoint, AccessPurpose purpose) {
		List<CaregiverFile> found = this.files.register(scope.provinceCode(), scope.communeCode());
		record(scope, found, endpoint, purpose);
		return found.stream().map(CaregiverFiles::registerEntry).toList();
	}

	/**
	 * The commune's register over a period, for its report to the province; every
	 * caregiver listed is recorded in the access log as exported.
	 * @param until the last day counted, the period's end or today if sooner
	 */
	public List<QuarterlyRegisterEntry> registerDuring(Scope scope, LocalDate from, LocalDate until, String endpoint) {
		List<QuarterlyRegisterEntry> found = this.files.registerDuring(scope.provinceCode(), scope.communeCode(), from,
				until);
		this.accessLog.recordReads(scope.actor(), scope.role(),
				found.stream()
					.map(entry -> new Shown(entry.caregiverId(), null, scope.provinceCode(), scope.communeCode()))
					.toList(),
				endpoint, AccessPurpose.REGISTER_EXPORT.name());
		return found;
	}

	/**
	 * @param withinDays how many days ahead to look, or {@code null} for the province's
	 * warning period
	 */
	public List<ExpiringEvidence> expiring(Scope scope, Integer withinDays, String endpoint) {
		LocalDate today = today();
		int days = (withinDays != null) ? withinDays : this.files.expiryWarningDays(scope.provinceCode());
		LocalDate until = today.plusDays(days);
		List<CaregiverFile> found = this.files.withEvidenceEndingBy(scope.provinceCode(), scope.communeCode(), until);
		record(scope, found, endpoint, AccessPurpose.EXPIRY_REVIEW);
		return found.stream().flatMap(file -> CaregiverFiles.expiring(file, today, until).stream()).toList();
	}

	/** The day in Vietnam, from which checklists and expiry are judged. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Acting.VIETNAM);
	}

	private void record(Scope scope, List<CaregiverFile> shown, String endpoint, AccessPurpose purpose) {
		this.accessLog.recordReads(scope.actor(), scope.role(),
				shown.stream()
					.map(file -> new Shown(file.caregiverId, null, file.provinceCode, file.communeCode))
					.toList(),
				endpoint, purpose.name());
	}

	/**
	 * Where a caller reads.
	 *
	 * @param role the role in which they read, as the access log records it
	 * @param communeCode one commune, or {@code null} for the whole province
	 */
	public record Scope(Actor actor, Role role, String provinceCode, String communeCode) {
	}

}
