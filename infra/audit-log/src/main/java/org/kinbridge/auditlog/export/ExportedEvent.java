package org.kinbridge.auditlog.export;

import java.util.Objects;

import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.merkle.Hash;

/**
 * One line of an event export: the event as published and, when the platform wrote the
 * export, the log index and leaf hash its log recorded for that position. The verdict of
 * a verification never rests on {@code index} and {@code leafHash}; they only let the
 * verifier say where an export first departs from the log.
 *
 * @param index the log position the platform recorded, or null
 * @param leafHash the leaf hash the log stored at that position, or null
 * @param event the event
 */
public record ExportedEvent(Long index, Hash leafHash, DecisionEvent event) {

	public ExportedEvent {
		Objects.requireNonNull(event, "an exported line needs an event");
	}

	public static ExportedEvent of(DecisionEvent event) {
		return new ExportedEvent(null, null, event);
	}

}
