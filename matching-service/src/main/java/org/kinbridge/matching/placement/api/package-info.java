/**
 * Commands and events of the placement process and of the places held on caregivers.
 * Events are stored for good: their type names and shapes change only through an
 * upcaster.
 */
package org.kinbridge.matching.placement.api;
