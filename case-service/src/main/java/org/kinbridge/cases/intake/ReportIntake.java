package org.kinbridge.cases.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a validated Form 01 into the command that opens a case: new ids, the province's
 * next case number, the recording time from the clock, and every commune code stamped
 * with the day of receipt in Vietnam.
 */
@Component
public class ReportIntake {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CaseNumbers caseNumbers;

	private final Clock clock;

	private final Supplier<String> ids;

	@Autowired
	public ReportIntake(CaseNumbers caseNumbers, Clock clock) {
		this(caseNumbers, clock, () -> UUID.randomUUID().toString());
	}

	ReportIntake(CaseNumbers caseNumbers, Clock clock, Supplier<String> ids) {
		this.caseNumbers = caseNumbers;
		this.clock = clock;
		this.ids = ids;
	}

	/**
	 * @param receivedAt when the report was received, in any offset
	 * @return the day of receipt in Vietnam, on which every code of the report is read
	 */
	public static LocalDate receiptDate(OffsetDateTime receivedAt) {
		return receivedAt.atZoneSameInstant(VIETNAM).toLocalDate();
	}

	/**
	 * @param request a report that passed validation
	 * @param actor who records it
	 * @param role the role in which they record it
	 * @return the command that opens the case
	 */
	public ReceiveReport receive(ReportRequest request, Actor actor, Role role) {
		Instant now = this.clock.instant();
		String province = actor.province().value();
		String caseNumber = this.caseNumbers.next(province, Year.from(now.atZone(VIETNAM)));
		LocalDate receivedOn = receiptDate(request.receivedAt());
		List<ReceiveReport.ReportedChild> children = request.children()
			.stream()
			.map((child) -> child(child, request.communeCode(), receivedOn))
			.toList();
		// Children reported together are siblings (Form 01 lists one family per report).
		String siblingGroupId = (children.size() > 1) ? "siblings-" + this.ids.get() : null;
		return new ReceiveReport("case-" + this.ids.get(), caseNumber, province, request.communeCode(),
				request.channel(), request.receivedAt().toInstant(), reporter(request.reporter()),
				blankToNull(request.summary()), children, siblingGroupId, now, actor.userId(), role.name());
	}

	private ReceiveReport.ReportedChild child(ReportRequest.ChildRequest child, String reportCommune,
			LocalDate receivedOn) {
		String residence = (child.residenceCommuneCode() != null) ? child.residenceCommuneCode() : reportCommune;
		String incident = (child.incidentCommuneCode() != null) ? child.incidentCommuneCode() : reportCommune;
		List<ReceiveReport.SpecialCircumstance> circumstances = (child.specialCircumstances() != null) ? child
			.specialCircumstances()
			.stream()
			.map((circumstance) -> new ReceiveReport.SpecialCircumstance(circumstance.group(), circumstance.subGroup()))
			.distinct()
			.toList() : List.of();
		return new ReceiveReport.ReportedChild("child-" + this.ids.get(), child.fullName().strip(), child.sex(),
				child.dateOfBirth(), child.estimatedAge(), child.ethnicity(), child.religion(), child.language(),
				child.hasDisability(), blankToNull(child.disabilityDescription()),
				new ReceiveReport.AdministrativeUnitRef(residence, receivedOn),
				new ReceiveReport.AdministrativeUnitRef(incident, receivedOn),
				child.concerns().stream().distinct().toList(), circumstances);
	}

	/** An anonymous reporter's identity is dropped even when it was sent. */
	private static ReceiveReport.Reporter reporter(ReportRequest.ReporterRequest reporter) {
		if (reporter == null) {
			return new ReceiveReport.Reporter(true, null, null, null, null);
		}
		if (reporter.anonymous()) {
			return new ReceiveReport.Reporter(true, null, null, null, reporter.relationToChild());
		}
		return new ReceiveReport.Reporter(false, reporter.name().strip(), blankToNull(reporter.phone()),
				blankToNull(reporter.address()), reporter.relationToChild());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
