package org.kinbridge.matching.candidates;

import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.PoisonEventException;

/**
 * The envelope's tenant and the data's must agree, or an event could carry one province's
 * data into another's view. Used by every view of matching-service.
 */
public final class EventTenancy {

	private EventTenancy() {
	}

	/**
	 * @param event the envelope
	 * @param provincesOfData the provinces the data names; the header must be one of them
	 * @throws PoisonEventException when the header names another province
	 */
	public static void requireProvince(IncomingIntegrationEvent event, String... provincesOfData) {
		for (String province : provincesOfData) {
			if (event.province().equals(province)) {
				return;
			}
		}
		throw new PoisonEventException("Event " + event.id() + " says province " + event.province()
				+ " in its header but " + String.join(" or ", provincesOfData) + " in its data");
	}

}
