package org.kinbridge.matching.children;

import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.matching.candidates.EventTenancy;
import org.kinbridge.matching.candidates.ViewEventHandler;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * A case moved to another commune or province: its needs move with it, and from then on
 * only the receiving province sees them. The handover is kept for a need of the case that
 * arrives later.
 */
@Component
class CaseHandedOverHandler extends ViewEventHandler<CaseHandedOverV1> {

	private final WaitingChildWrites writes;

	CaseHandedOverHandler(WaitingChildWrites writes) {
		super(CaseHandedOverV1.class);
		this.writes = writes;
	}

	@Override
	public void handle(CaseHandedOverV1 data, IncomingIntegrationEvent event) {
		// The event crosses tenants when the province changes; either side may publish
		// it.
		EventTenancy.requireProvince(event, data.fromProvinceCode(), data.toProvinceCode());
		this.writes.recordHandover(new CaseHandover(data.caseId() + "@" + data.handedOverAt(), data.caseId(),
				data.toProvinceCode(), data.toCommuneCode(), data.handedOverAt(), event.id()));
		this.writes.moveIfNewer(Criteria.where("caseId").is(data.caseId()), data.toProvinceCode(), data.toCommuneCode(),
				data.handedOverAt(), event.id());
	}

}
