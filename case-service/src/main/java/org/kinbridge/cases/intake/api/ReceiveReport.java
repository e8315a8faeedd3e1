package org.kinbridge.cases.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record a report about one or more children (Form 01) and open a case for it. */
public record ReceiveReport(String caseId, String caseNumber, String provinceCode, String communeCode,
		ReportChannel channel, Instant receivedAt, Reporter reporter, String summary, List<ReportedChild> children,
		String siblingGroupId, Instant recordedAt, String recordedBy, String recordedByRole) {

	public ReceiveReport {
		children = (children != null) ? List.copyOf(children) : List.of();
	}

	/**
	 * Who reported, and how they know the child. An anonymous report keeps no name, phone
	 * or address, but may still say how the caller knows the child.
	 *
	 * @param relationToChild how the reporter knows the child, {@code null} when not
	 * stated
	 */
	public record Reporter(boolean anonymous, String name, String phone, String address,
			ReporterRelation relationToChild) {
	}

	/**
	 * A child named in the report, as Form 01 describes them.
	 *
	 * @param dateOfBirth the date of birth when known; otherwise {@code estimatedAge} is
	 * given
	 * @param ethnicity an ethnic-group code such as {@code KINH} or {@code KHMER}, or
	 * {@code null} when not recorded
	 * @param religion a religion code such as {@code NONE} or {@code HOA_HAO}, or
	 * {@code null}
	 * @param language the child's first language, an ISO 639 code such as {@code vi}, or
	 * {@code null}
	 * @param hasDisability whether the child has a disability; {@code null} when not
	 * known
	 * @param residence the commune where the child lives, as it was on the day of receipt
	 * @param incidentPlace the commune where the incident happened, as it was on the day
	 * of receipt
	 * @param specialCircumstances the groups of Law on Children Art. 10 the child appears
	 * to belong to, from the province's code list; may be empty at intake
	 */
	public record ReportedChild(String childId, String fullName, Sex sex, LocalDate dateOfBirth, Integer estimatedAge,
			String ethnicity, String religion, String language, Boolean hasDisability, String disabilityDescription,
			AdministrativeUnitRef residence, AdministrativeUnitRef incidentPlace, List<Concern> concerns,
			List<SpecialCircumstance> specialCircumstances) {

		public ReportedChild {
			concerns = (concerns != null) ? List.copyOf(concerns) : List.of();
			specialCircumstances = (specialCircumstances != null) ? List.copyOf(specialCircumstances) : List.of();
		}

	}

	/**
	 * An administrative unit as it was recorded: codes are reused after mergers (2025:
	 * province 91 was Kiên Giang, now An Giang), so a code means nothing without the day
	 * it was valid on.
	 *
	 * @param code the unit's code in the national register, such as {@code 30406}
	 * @param validOn the day on which the code was read, the day the report was received
	 */
	public record AdministrativeUnitRef(String code, LocalDate validOn) {
	}

	/**
	 * A special-circumstance group of Law on Children Art. 10 and, when known, its
	 * sub-group under Decree 56/2017.
	 *
	 * @param group the group code, such as {@code ORPHANED}
	 * @param subGroup the sub-group code, such as {@code ORPHANED.LIVING_WITH_RELATIVES},
	 * or {@code null}
	 */
	public record SpecialCircumstance(String group, String subGroup) {
	}

	/**
	 * @return the event that opens the case for this report
	 */
	public ReportReceived received() {
		return new ReportReceived(this.caseId, this.caseNumber, this.provinceCode, this.communeCode, this.channel,
				this.receivedAt, this.reporter, this.summary, this.children, this.siblingGroupId, this.recordedAt,
				this.recordedBy, this.recordedByRole);
	}

}
