package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Another service changed something the placement rests on. Sent by the placement saga
 * and by the handlers of other services' events, never from the REST API.
 *
 * @param detail what happened, in words the officer reads
 * @param by the actor of the other service's event
 */
public record RespondToOutsideChange(@TargetAggregateIdentifier String placementId, OutsideChange change, String detail,
		Acting by) {
}
