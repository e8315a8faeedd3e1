package org.kinbridge.matching.placement.integration;

import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.matching.placement.api.AlternativeCareNeedEnded;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

import org.springframework.stereotype.Component;

/**
 * case-service ended a need for alternative care: stored as matching's own event, which
 * the sagas of the need's open proposals and placements receive.
 */
@Component
class NeedEndedHandler implements IntegrationEventHandler<AlternativeCareNeedEndedV1> {

	private final InboundCommands inbound;

	NeedEndedHandler(InboundCommands inbound) {
		this.inbound = inbound;
	}

	@Override
	public String type() {
		return AlternativeCareNeedEndedV1.TYPE;
	}

	@Override
	public Class<AlternativeCareNeedEndedV1> dataType() {
		return AlternativeCareNeedEndedV1.class;
	}

	@Override
	public void handle(AlternativeCareNeedEndedV1 data, IncomingIntegrationEvent event) {
		InboundCommands.requireOwnProvince(event, data.provinceCode());
		this.inbound.publish(new AlternativeCareNeedEnded(data.needId(), data.caseId(), data.provinceCode(),
				data.communeCode(), data.reason(), data.note(), this.inbound.actingFor(data.endedBy(), event)), event);
	}

}
