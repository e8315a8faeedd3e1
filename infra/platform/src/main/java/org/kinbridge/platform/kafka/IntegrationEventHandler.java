package org.kinbridge.platform.kafka;

/**
 * Handles one public event type from another service; several handlers may take the same
 * type. Handlers must be idempotent: the listener de-duplicates by event id, but a crash
 * between handling and recording the id, or a failure of another handler of the same
 * event, delivers the event again.
 *
 * @param <T> the event's data record from the contracts module
 */
public interface IntegrationEventHandler<T> {

	/**
	 * The CloudEvents type this handler takes, e.g.
	 * {@code org.kinbridge.family.caregiver-registered.v1}.
	 */
	String type();

	Class<T> dataType();

	void handle(T data, IncomingIntegrationEvent event);

}
