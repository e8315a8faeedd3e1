package org.kinbridge.contracts.family;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a caregiver's capacity or the places taken changed.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param capacity how many children the household can take at once
 * @param placed how many places are taken by placements
 * @param freeCapacity {@code capacity - placed}, never negative
 * @param cause {@code PLACE_TAKEN}, {@code PLACE_RELEASED} or {@code CAPACITY_CHANGED}
 * @param placementRef the placement that took or gave back a place, or {@code null}
 * @param changedAt when it changed
 * @param changedBy who changed it
 */
public record CaregiverCapacityChangedV1(String caregiverId, String provinceCode, String communeCode, int capacity,
		int placed, int freeCapacity, String cause, String placementRef, Instant changedAt, ActorRef changedBy) {

	public static final String TYPE = "org.kinbridge.family.caregiver-capacity-changed.v1";

}
