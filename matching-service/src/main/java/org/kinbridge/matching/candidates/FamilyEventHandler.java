package org.kinbridge.matching.candidates;

import java.util.function.Function;

import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

/**
 * One of family-service's events about a caregiver: checked for its tenant, the caregiver
 * made to exist in its province, then applied.
 *
 * @param <T> the event's data record
 */
abstract class FamilyEventHandler<T> extends ViewEventHandler<T> {

	private final Function<T, Subject> subject;

	protected final CandidateCaregiverWrites writes;

	protected FamilyEventHandler(Class<T> dataType, Function<T, Subject> subject, CandidateCaregiverWrites writes) {
		super(dataType);
		this.subject = subject;
		this.writes = writes;
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
