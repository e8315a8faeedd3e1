package org.kinbridge.matching.placement.integration;

import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.RespondToOutsideChange;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

import org.springframework.stereotype.Component;

/**
 * family-service could not give a decided placement its place: the placement ends (or the
 * proposal closes) as CAPACITY_REFUSED, with family-service's reason for the officer.
 */
@Component
class PlacementRefusedHandler implements IntegrationEventHandler<PlacementRefusedV1> {

	private final InboundCommands inbound;

	PlacementRefusedHandler(InboundCommands inbound) {
		this.inbound = inbound;
	}

	@Override
	public String type() {
		return PlacementRefusedV1.TYPE;
	}

	@Override
	public Class<PlacementRefusedV1> dataType() {
		return PlacementRefusedV1.class;
	}

	@Override
	public void handle(PlacementRefusedV1 data, IncomingIntegrationEvent event) {
		InboundCommands.requireOwnProvince(event, data.provinceCode());
		this.inbound.send(new RespondToOutsideChange(data.placementId(), OutsideChange.PLACE_REFUSED,
				describe(data.reason()), this.inbound.actingFor(data.refusedBy(), event)), event);
	}

	static String describe(String reason) {
		if ("NO_FREE_CAPACITY".equals(reason)) {
			return "family-service refused the place: the caregiver has no free place left (NO_FREE_CAPACITY).";
		}
		if ("NOT_ON_REGISTER".equals(reason)) {
			return "family-service refused the place: the caregiver is no longer on the commune register "
					+ "(NOT_ON_REGISTER).";
		}
		return "family-service refused the place (" + reason + ").";
	}

}
