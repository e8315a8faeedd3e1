package org.kinbridge.family.integration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kinbridge.family.registration.api.CaregiverRegistered;

import org.springframework.stereotype.Component;

/**
 * Reads the home from the caregiver's first stored event, its registration. The answer
 * never changes, so answers are kept, up to a bound.
 */
@Component
class EventStoreCaregiverHomes implements CaregiverHomes {

	private static final int REMEMBERED = 1_000;

	private final EventStore events;

	private final Map<String, Home> remembered = new ConcurrentHashMap<>();

	EventStoreCaregiverHomes(EventStore events) {
		this.events = events;
	}

	@Override
	public Home of(String caregiverId) {
		if (this.remembered.size() >= REMEMBERED) {
			// Forgetting costs one read per caregiver, and keeps the memory bounded.
			this.remembered.clear();
		}
		return this.remembered.computeIfAbsent(caregiverId, this::read);
	}

	private Home read(String caregiverId) {
		// From sequence 0, so that a snapshot never stands in for the registration.
		DomainEventStream stream = this.events.readEvents(caregiverId, 0);
		if (stream.hasNext()) {
			DomainEventMessage<?> first = stream.next();
			if (first.getPayload() instanceof CaregiverRegistered registered) {
				return new Home(registered.provinceCode(), registered.communeCode());
			}
		}
		// The publisher retries; an event of a caregiver never registered is a bug.
		throw new IllegalStateException("No registration stored for caregiver " + caregiverId);
	}

}
