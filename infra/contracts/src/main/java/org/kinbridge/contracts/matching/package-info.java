/**
 * Integration events published by the matching service on
 * {@code kinbridge.matching.events.v1}: proposals of caregivers for a child and the life
 * of the placement that follows. Every event names the placement, the need, the case, the
 * child and the caregiver, and its province and commune are those of the child.
 */
package org.kinbridge.contracts.matching;
