package org.kinbridge.analytics.stream;

import org.kinbridge.platform.kafka.PoisonEventException;

/**
 * A source event that cannot be made fit for publication, for example a code field that
 * holds prose. It goes to the dead-letter topic at once, never to the analytics stream.
 */
public class UnpublishableEventException extends PoisonEventException {

	public UnpublishableEventException(String message) {
		super(message);
	}

}
