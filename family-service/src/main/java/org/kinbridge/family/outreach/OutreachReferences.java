package org.kinbridge.family.outreach;

import java.util.Optional;
import java.util.regex.Pattern;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kinbridge.family.caregiver.api.CaregiverId;
import org.kinbridge.family.outreach.api.InterestRecorded;
import org.kinbridge.family.outreach.api.OutreachSessionRecorded;
import org.kinbridge.family.registration.api.CaregiverRegistered;

import org.springframework.stereotype.Component;

/**
 * Where a session or caregiver that an interest refers to belongs, read from the event
 * store rather than the read models: a session recorded a moment ago must be found, even
 * before the projections catch up.
 */
@Component
class OutreachReferences {

	static final Pattern SESSION_ID = Pattern.compile("outreach-[0-9a-f-]{36}");

	static final Pattern INTEREST_ID = Pattern.compile("interest-[0-9a-f-]{36}");

	private final EventStore events;

	OutreachReferences(EventStore events) {
		this.events = events;
	}

	Optional<OutreachSessionRecorded> session(String sessionId) {
		return SESSION_ID.matcher(sessionId).matches() ? first(sessionId, OutreachSessionRecorded.class)
				: Optional.empty();
	}

	Optional<InterestRecorded> interest(String interestId) {
		return INTEREST_ID.matcher(interestId).matches() ? first(interestId, InterestRecorded.class) : Optional.empty();
	}

	Optional<CaregiverRegistered> caregiver(String caregiverId) {
		return CaregiverId.isValid(caregiverId) ? first(caregiverId, CaregiverRegistered.class) : Optional.empty();
	}

	private <T> Optional<T> first(String aggregateId, Class<T> type) {
		DomainEventStream stream = this.events.readEvents(aggregateId);
		if (!stream.hasNext()) {
			return Optional.empty();
		}
		Object payload = stream.next().getPayload();
		return type.isInstance(payload) ? Optional.of(type.cast(payload)) : Optional.empty();
	}

}
