package org.kinbridge.family.capacity;

import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.family.capacity.api.ReleaseCapacityOfPlacement;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

import org.springframework.stereotype.Component;

/**
 * A placement ended: its place is free again. An end for a placement that holds no place
 * is not an error; it is noted, so that a decision arriving after it takes no place.
 */
@Component
public class PlacementEndedHandler implements IntegrationEventHandler<PlacementEndedV1> {

	private final PlacementCommands commands;

	PlacementEndedHandler(PlacementCommands commands) {
		this.commands = commands;
	}

	@Override
	public String type() {
		return PlacementEndedV1.TYPE;
	}

	@Override
	public Class<PlacementEndedV1> dataType() {
		return PlacementEndedV1.class;
	}

	@Override
	public void handle(PlacementEndedV1 data, IncomingIntegrationEvent event) {
		this.commands.send(event, data.provinceCode(), data.caregiverId(), data.placementId(), data.recordedBy(),
				by -> new ReleaseCapacityOfPlacement(data.caregiverId(), data.placementId(), by));
	}

}
