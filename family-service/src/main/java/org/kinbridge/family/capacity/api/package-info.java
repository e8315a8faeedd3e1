/**
 * Commands and events of a caregiver's places: capacity, places taken by placements, and
 * free places, which are never negative. Events are stored for good.
 */
package org.kinbridge.family.capacity.api;
