package org.kinbridge.matching.children;

import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.matching.candidates.EventTenancy;
import org.kinbridge.matching.candidates.ViewEventHandler;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The case no longer needs alternative care for the child. Ending is final: should the
 * need itself arrive later, it stays ended.
 */
@Component
class AlternativeCareNeedEndedHandler extends ViewEventHandler<AlternativeCareNeedEndedV1> {

	private final WaitingChildWrites writes;

	AlternativeCareNeedEndedHandler(WaitingChildWrites writes) {
		super(AlternativeCareNeedEndedV1.class);
		this.writes = writes;
	}

	@Override
	public void handle(AlternativeCareNeedEndedV1 data, IncomingIntegrationEvent event) {
		EventTenancy.requireProvince(event, data.provinceCode());
		this.writes.end(data.needId(),
				new Update().set("endedAt", data.endedAt())
					.set("endReason", data.reason())
					.set("lastEventId", event.id())
					.setOnInsert("caseId", data.caseId())
					.setOnInsert("provinceCode", data.provinceCode())
					.setOnInsert("communeCode", data.communeCode())
					.setOnInsert("keepSiblingsTogether", false));
	}

}
