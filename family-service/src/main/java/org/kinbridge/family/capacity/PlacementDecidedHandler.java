package org.kinbridge.family.capacity;

import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.family.capacity.api.ReserveCapacityForPlacement;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

import org.springframework.stereotype.Component;

/**
 * The chair decided a placement with one of our caregivers: it takes a place, or is
 * refused when none is free or the caregiver cannot take a child now.
 */
@Component
public class PlacementDecidedHandler implements IntegrationEventHandler<PlacementDecidedV1> {

	private final PlacementCommands commands;

	PlacementDecidedHandler(PlacementCommands commands) {
		this.commands = commands;
	}

	@Override
	public String type() {
		return PlacementDecidedV1.TYPE;
	}

	@Override
	public Class<PlacementDecidedV1> dataType() {
		return PlacementDecidedV1.class;
	}

	@Override
	public void handle(PlacementDecidedV1 data, IncomingIntegrationEvent event) {
		this.commands.send(event, data.provinceCode(), data.caregiverId(), data.placementId(), data.decidedBy(),
				by -> new ReserveCapacityForPlacement(data.caregiverId(), data.placementId(), by));
	}

}
