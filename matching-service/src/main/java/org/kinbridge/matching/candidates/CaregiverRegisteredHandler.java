package org.kinbridge.matching.candidates;

import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;
import org.kinbridge.platform.kafka.PoisonEventException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A registered caregiver enters matching's view; vetting decides later whether it can be
 * shortlisted.
 */
@Component
public class CaregiverRegisteredHandler implements IntegrationEventHandler<CaregiverRegisteredV1> {

	private final MongoTemplate mongo;

	public CaregiverRegisteredHandler(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String type() {
		return CaregiverRegisteredV1.TYPE;
	}

	@Override
	public Class<CaregiverRegisteredV1> dataType() {
		return CaregiverRegisteredV1.class;
	}

	@Override
	public void handle(CaregiverRegisteredV1 data, IncomingIntegrationEvent event) {
		eventMustBelongToItsProvince(data, event);
		this.mongo.save(new CandidateCaregiver(data.caregiverId(), data.provinceCode(), data.communeCode(),
				data.applicant().fullName(), data.applicant().dateOfBirth(), data.applicant().sex(), data.careTypes(),
				data.capacity(), data.languages(), data.ethnicity(), data.religion(), "REGISTERED", data.registeredAt(),
				event.id()));
	}

	/**
	 * The envelope's tenant and the data's must agree, or the event could cross
	 * provinces.
	 */
	private static void eventMustBelongToItsProvince(CaregiverRegisteredV1 data, IncomingIntegrationEvent event) {
		if (!event.province().equals(data.provinceCode())) {
			throw new PoisonEventException("Event " + event.id() + " says province " + event.province()
					+ " in its header but " + data.provinceCode() + " in its data");
		}
	}

}
