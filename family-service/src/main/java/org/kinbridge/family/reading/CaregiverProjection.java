package org.kinbridge.family.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.kinbridge.family.capacity.api.CapacityChanged;
import org.kinbridge.family.capacity.api.CapacityCorrected;
import org.kinbridge.family.capacity.api.CapacityReleased;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.PlacementEndNoted;
import org.kinbridge.family.capacity.api.PlacementRefused;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundEligible;
import org.kinbridge.family.decision.api.CaregiverFoundIneligible;
import org.kinbridge.family.decision.api.RegistrationWithdrawn;
import org.kinbridge.family.household.api.HouseholdChangeKind;
import org.kinbridge.family.household.api.HouseholdChangeReported;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.standing.api.CaregiverReinstated;
import org.kinbridge.family.standing.api.CaregiverRemoved;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.CounsellingAttendanceRecorded;
import org.kinbridge.family.vetting.api.CounsellingOffered;
import org.kinbridge.family.vetting.api.ReverificationDue;
import org.kinbridge.family.vetting.api.ReverificationRequired;
import org.kinbridge.family.vetting.api.VettingCheckRecorded;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the caregiver files that officers list and open, and from which the commune
 * register and the expiry list are read. Replaying the events rebuilds them; an event
 * that was already applied (same or lower sequence number) is skipped, so handling is
 * idempotent.
 */
@Component
@ProcessingGroup("caregiver-files")
public class CaregiverProjection {

	private final MongoTemplate mongo;

	public CaregiverProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), CaregiverFile.class);
	}

	@EventHandler
	void on(CaregiverRegistered event, @SequenceNumber long sequence) {
		CaregiverFile file = new CaregiverFile();
		file.caregiverId = event.caregiverId();
		file.provinceCode = event.provinceCode();
		file.communeCode = event.communeCode();
		file.procedure = event.procedure().name();
		file.address = event.address();
		file.applicant = event.applicant();
		file.coApplicant = event.coApplicant();
		file.household = new ArrayList<>(event.household());
		file.contact = event.contact();
		file.careTypes = event.careTypes().stream().map(CareType::name).toList();
		file.kinship = event.kinship();
		file.capacity = event.capacity();
		file.preferences = event.preferences();
		file.languages = event.languages();
		file.ethnicity = event.ethnicity();
		file.religion = event.religion();
		file.registeredAt = event.by().at();
		file.registeredBy = event.by().userId();
		CaregiverFile existing = this.mongo.findById(event.caregiverId(), CaregiverFile.class);
		if (existing == null || existing.version < sequence) {
			file.version = sequence;
			file.status = CaregiverState.REGISTERED.name();
			file.history.add(history("REGISTERED", file.status, null, null, null, event.by()));
			file.updatedAt = event.by().at();
			this.mongo.save(file);
		}
	}

	@EventHandler
	void on(VettingCheckRecorded event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.checks
				.add(new CheckEntry(event.kind(), event.subject(), event.outcome(), event.evidence(), event.residence(),
						event.note(), event.expiresOn(), event.by().userId(), event.by().role(), event.by().at()));
			if (CaregiverState.REGISTERED.name().equals(file.status)) {
				file.status = CaregiverState.VETTING.name();
			}
			file.reverification
				.removeIf(pending -> pending.kind() == event.kind() && pending.subject().equals(event.subject()));
			file.nextEvidenceExpiry = nextExpiry(file);
		});
	}

	@EventHandler
	void on(ReverificationDue event, @SequenceNumber long sequence) {
		CaregiverFile file = this.mongo.findById(event.caregiverId(), CaregiverFile.class);
		if (file == null || file.version >= sequence) {
			return;
		}
		file.history.add(new HistoryEntry("REVERIFICATION_DUE", file.status,
				event.kind() + " of " + event.subject() + " holds until " + event.expiresOn(), null, null, null, null,
				event.raisedAt()));
		file.version = sequence;
		this.mongo.save(file);
	}

	@EventHandler
	void on(HouseholdChangeReported event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			if (event.kind() == HouseholdChangeKind.MEMBER_JOINED) {
				file.household.add(event.member());
			}
			else if (event.kind() == HouseholdChangeKind.MEMBER_LEFT) {
				file.household.removeIf(member -> member.memberId().equals(event.subject()));
			}
			file.history.add(history("HOUSEHOLD_CHANGED", file.status,
					event.kind() + " (" + event.subject() + "): " + event.details() + " (reported by "
							+ event.reportedBy() + " at " + event.reportedAt() + ", " + event.changeId() + ")",
					null, null, event.by()));
		});
	}

	@EventHandler
	void on(ReverificationRequired event, @SequenceNumber long sequence) {
		CaregiverFile file = this.mongo.findById(event.caregiverId(), CaregiverFile.class);
		if (file == null || file.version >= sequence) {
			return;
		}
		file.reverification
			.removeIf(pending -> pending.kind() == event.kind() && pending.subject().equals(event.subject()));
		file.reverification
			.add(new PendingReverification(event.kind(), event.subject(), event.changeId(), event.raisedAt()));
		file.history.add(new HistoryEntry("REVERIFICATION_REQUIRED", file.status,
				event.kind() + " of " + event.subject() + " after household change " + event.changeId(), null, null,
				null, null, event.raisedAt()));
		file.version = sequence;
		this.mongo.save(file);
	}

	@EventHandler
	void on(CounsellingOffered event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(),
				file -> file.sessions.add(new SessionEntry(event.sessionId(), event.kind(), event.topic(),
						event.provider(), event.scheduledOn(), event.by().userId(), null, null, null)));
	}

	@EventHandler
	void on(CounsellingAttendanceRecorded event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(),
				file -> file.sessions.replaceAll(session -> session.sessionId().equals(event.sessionId())
						? session.attendance(event.attended(), event.note(), event.by().at()) : session));
	}

	@EventHandler
	void on(CaregiverFoundEligible event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.status = CaregiverState.ELIGIBLE.name();
			file.eligibleSince = event.by().on();
			file.decisionNumber = event.decisionNumber();
			file.history.add(history("FOUND_ELIGIBLE", file.status, event.note(), event.legalBasis(),
					event.decisionNumber(), event.by()));
		});
	}

	@EventHandler
	void on(CaregiverFoundIneligible event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.status = CaregiverState.INELIGIBLE.name();
			file.history.add(history("FOUND_INELIGIBLE", file.status, event.reason(), event.legalBasis(),
					event.decisionNumber(), event.by()));
		});
	}

	@EventHandler
	void on(RegistrationWithdrawn event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.status = CaregiverState.WITHDRAWN.name();
			file.history.add(history("WITHDRAWN", file.status, event.reason(), null, null, event.by()));
		});
	}

	@EventHandler
	void on(CaregiverSuspended event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.status = CaregiverState.SUSPENDED.name();
			file.history.add(history("SUSPENDED", file.status, event.reason(), event.legalBasis(), null, event.by()));
		});
	}

	@EventHandler
	void on(CaregiverReinstated event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.status = CaregiverState.ELIGIBLE.name();
			file.history.add(history("REINSTATED", file.status, event.reason(), event.legalBasis(), null, event.by()));
		});
	}

	@EventHandler
	void on(CaregiverRemoved event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.status = CaregiverState.REMOVED.name();
			String reason = event.reason().name() + ((event.details() != null) ? ": " + event.details() : "");
			file.history.add(history("REMOVED", file.status, reason, event.legalBasis(), null, event.by()));
		});
	}

	@EventHandler
	void on(CapacityReserved event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.placements.add(event.placementRef());
			file.history.add(history("PLACE_TAKEN", file.status, event.placementRef(), null, null, event.by()));
		});
	}

	@EventHandler
	void on(CapacityReleased event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.placements.remove(event.placementRef());
			file.history.add(history("PLACE_RELEASED", file.status, event.placementRef(), null, null, event.by()));
		});
	}

	@EventHandler
	void on(CapacityCorrected event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(),
				file -> file.history.add(history(event.taken() ? "PLACE_TAKEN_BY_HAND" : "PLACE_RELEASED_BY_HAND",
						file.status, event.placementRef() + ": " + event.reason(), null, null, event.by())));
	}

	@EventHandler
	void on(PlacementRefused event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(),
				file -> file.history.add(history("PLACEMENT_REFUSED", file.status,
						event.reason() + ": placement " + event.placementId() + " while " + event.state() + " with "
								+ event.placed() + " of " + event.capacity() + " places taken",
						null, null, event.by())));
	}

	@EventHandler
	void on(PlacementEndNoted event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(),
				file -> file.history.add(history("PLACEMENT_ENDED_UNHELD", file.status,
						"placement " + event.placementId()
								+ " ended before its decision arrived; a late decision takes no place",
						null, null, event.by())));
	}

	@EventHandler
	void on(CapacityChanged event, @SequenceNumber long sequence) {
		update(event.caregiverId(), sequence, event.by(), file -> {
			file.capacity = event.capacity();
			file.history.add(history("CAPACITY_CHANGED", file.status,
					"capacity " + event.capacity() + ": " + event.reason(), null, null, event.by()));
		});
	}

	private void update(String caregiverId, long sequence, Acting by, Consumer<CaregiverFile> change) {
		CaregiverFile file = this.mongo.findById(caregiverId, CaregiverFile.class);
		if (file == null || file.version >= sequence) {
			return;
		}
		change.accept(file);
		file.version = sequence;
		file.updatedAt = by.at();
		this.mongo.save(file);
	}

	private static HistoryEntry history(String what, String status, String reason, String legalBasis,
			String decisionNumber, Acting by) {
		return new HistoryEntry(what, status, reason, legalBasis, decisionNumber, by.userId(), by.role(), by.at());
	}

	/** The earliest end among the checks in force that passed, expired ones included. */
	static LocalDate nextExpiry(CaregiverFile file) {
		return latestChecks(file).values()
			.stream()
			.filter(check -> check.outcome() == CheckOutcome.PASSED)
			.map(CheckEntry::expiresOn)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	/** The check in force for each kind and subject, in the order first recorded. */
	static Map<String, CheckEntry> latestChecks(CaregiverFile file) {
		Map<String, CheckEntry> latest = new LinkedHashMap<>();
		file.checks.forEach(check -> latest.put(check.kind() + "/" + check.subject(), check));
		return latest;
	}

}
