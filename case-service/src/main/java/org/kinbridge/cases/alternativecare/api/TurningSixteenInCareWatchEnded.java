package org.kinbridge.cases.alternativecare.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The placement that was watched for the child's 16th birthday ended. */
@Revision("1")
public record TurningSixteenInCareWatchEnded(String caseId, PlacementRef placement, Instant at) {
}
