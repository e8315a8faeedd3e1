package org.kinbridge.family.capacity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** The caregiver can now take a different number of children at once. */
public record ChangeCapacity(@TargetAggregateIdentifier String caregiverId, int capacity, String reason, Acting by) {
}
