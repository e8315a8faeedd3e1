package org.kinbridge.family.integration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kinbridge.family.registration.api.CaregiverRegistered;

import org.springframework.stereotype.Component;

/**
 * Reads the home from the caregiver's first stored event, its registration. The answer
 * never changes, so the most recent answers are kept.
 */
@Component
class EventStoreCaregiverHomes implements CaregiverHomes {

	private static final int REMEMBERED = 1_000;

	private final EventStore events;

	private final Map<String, Home> remembered = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Home> eldest) {
			return size() > REMEMBERED;
		}

	});

	EventStoreCaregiverHomes(EventStore events) {
		this.events = events;
	}

	@Override
	public Home of(String caregiverId) {
		Home home = this.remembered.get(caregiverId);
		if (home == null) {
			home = read(caregiverId);
			this.remembered.put(caregiverId, home);
		}
		return home;
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
