package org.kinbridge.family.caregiver;

/**
 * The answer to a caregiver command: where the caregiver stands and its places once the
 * command is handled.
 *
 * @param free places still free, never negative
 */
public record CaregiverStatus(String caregiverId, CaregiverState status, int capacity, int placed, int free) {
}
