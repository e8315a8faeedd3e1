package org.kinbridge.matching.candidates;

import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A place was taken or given back, or the capacity changed. The event carries absolute
 * figures, so the newest one by {@code changedAt} wins and an older one arriving late is
 * ignored.
 */
@Component
class CaregiverCapacityChangedHandler extends FamilyEventHandler<CaregiverCapacityChangedV1> {

	private static final Logger log = LoggerFactory.getLogger(CaregiverCapacityChangedHandler.class);

	CaregiverCapacityChangedHandler(CandidateCaregiverWrites writes) {
		super(CaregiverCapacityChangedV1.class,
				data -> new Subject(data.caregiverId(), data.provinceCode(), data.communeCode()), writes);
	}

	@Override
	protected void apply(CaregiverCapacityChangedV1 data, IncomingIntegrationEvent event) {
		if (!this.writes.applyCapacityIfNewer(data.caregiverId(), data.capacity(), data.placed(), data.freeCapacity(),
				data.changedAt(), event.id())) {
			log.info("Ignored capacity of caregiver {} as of {} from event {}: newer figures are held",
					data.caregiverId(), data.changedAt(), event.id());
		}
	}

}
