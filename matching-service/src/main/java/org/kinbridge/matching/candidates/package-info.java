/**
 * matching-service's own view of caregivers, built from family-service's public events
 * alone: the matching profile, free places and standing on the register. It never reads
 * family-service's database or calls its API.
 */
package org.kinbridge.matching.candidates;
