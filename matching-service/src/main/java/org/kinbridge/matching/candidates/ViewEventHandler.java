package org.kinbridge.matching.candidates;

import org.kinbridge.contracts.EventTypes;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

/**
 * A handler of one contract type for matching's views: the CloudEvents type comes from
 * the contracts' registry, so a handler names only its data record.
 *
 * @param <T> the event's data record
 */
public abstract class ViewEventHandler<T> implements IntegrationEventHandler<T> {

	private final Class<T> dataType;

	private final String type;

	protected ViewEventHandler(Class<T> dataType) {
		this.dataType = dataType;
		this.type = EventTypes.forDataClass(dataType)
			.orElseThrow(() -> new IllegalArgumentException(dataType + " is not a registered event type"))
			.type();
	}

	@Override
	public final String type() {
		return this.type;
	}

	@Override
	public final Class<T> dataType() {
		return this.dataType;
	}

}
