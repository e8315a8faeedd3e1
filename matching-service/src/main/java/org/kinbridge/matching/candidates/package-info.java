/**
 * matching-service's own view of caregivers, built from family-service's public events
 * alone. It never reads family-service's database or calls its API.
 */
package org.kinbridge.matching.candidates;
