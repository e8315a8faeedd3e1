package org.kinbridge.cases.integration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.referral.api.CaseHandedOver;

import org.springframework.stereotype.Component;

/**
 * Follows a case's stream in the event store: the report names the first owner, each
 * handover the next. What was read of a case is kept, so that publishing the case's next
 * event reads only what came after; the stored past never changes, so a replay gets the
 * same answers.
 */
@Component
class EventStoreCaseLocations implements CaseLocations {

	private static final int REMEMBERED = 1_000;

	private final EventStore events;

	private final Map<String, Trail> trails = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Trail> eldest) {
			return size() > REMEMBERED;
		}

	});

	EventStoreCaseLocations(EventStore events) {
		this.events = events;
	}

	@Override
	public Location of(String caseId, long sequenceNumber) {
		Trail trail = this.trails.get(caseId);
		if (trail == null || sequenceNumber > trail.readUpTo()) {
			trail = extend(caseId, trail);
			this.trails.put(caseId, trail);
		}
		return trail.at(caseId, sequenceNumber);
	}

	private Trail extend(String caseId, Trail known) {
		long readUpTo = (known != null) ? known.readUpTo() : -1;
		List<Owner> owners = new ArrayList<>((known != null) ? known.owners() : List.of());
		// From the stored events, never a snapshot, which would hide the report.
		DomainEventStream stream = this.events.readEvents(caseId, readUpTo + 1);
		while (stream.hasNext()) {
			DomainEventMessage<?> event = stream.next();
			readUpTo = event.getSequenceNumber();
			if (event.getPayload() instanceof ReportReceived received) {
				owners.add(new Owner(readUpTo, new Location(received.provinceCode(), received.communeCode())));
			}
			else if (event.getPayload() instanceof CaseHandedOver handedOver) {
				owners.add(new Owner(readUpTo, new Location(handedOver.toProvinceCode(), handedOver.toCommuneCode())));
			}
		}
		return new Trail(readUpTo, List.copyOf(owners));
	}

	/** One owner of the case, from the event that made it the owner. */
	private record Owner(long since, Location location) {
	}

	/** The owners of a case so far, oldest first, and how far its stream was read. */
	private record Trail(long readUpTo, List<Owner> owners) {

		Location at(String caseId, long sequenceNumber) {
			Location location = null;
			for (Owner owner : this.owners) {
				if (owner.since() <= sequenceNumber) {
					location = owner.location();
				}
			}
			if (location == null) {
				// The publisher retries; an event of a case without a report is a bug.
				throw new IllegalStateException("No report stored for case " + caseId);
			}
			return location;
		}

	}

}
