package org.kinbridge.matching.candidates;

import java.util.function.Function;

import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

/**
 * One of family-service's events about a caregiver: checked for its tenant, the caregiver
 * made to exist in its province, then applied.
 *
 * @param <T> the event's data record
 */
abstract class FamilyEventHandler<T> implements IntegrationEventHandler<T> {

	private final String type;

	private final Class<T> dataType;

	private final Function<T, Subject> subject;

	protected final CandidateCaregiverWrites writes;

	protected FamilyEventHandler(String type, Class<T> dataType, Function<T, Subject> subject,
			CandidateCaregiverWrites writes) {
		this.type = type;
		this.dataType = dataType;
		this.subject = subject;
		this.writes = writes;
	}

	@Override
	public final String type() {
		return this.type;
	}

	@Override
	public final Class<T> dataType() {
		return this.dataType;
	}

	@Override
	public final void handle(T data, IncomingIntegrationEvent event) {
		Subject about = this.subject.apply(data);
		EventTenancy.requireProvince(event, about.provinceCode());
		this.writes.ensureExists(about.caregiverId(), about.provinceCode(), about.communeCode(), event);
		apply(data, event);
	}

	protected abstract void apply(T data, IncomingIntegrationEvent event);

	/** The caregiver an event is about, and where it lives. */
	record Subject(String caregiverId, String provinceCode, String communeCode) {
	}

}
