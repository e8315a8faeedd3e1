/**
 * Commune codes as requests give them, checked against the platform's administrative-unit
 * register on the day they must be valid and against the caller's province. Every request
 * that names a commune (registration, outreach) uses it.
 */
package org.kinbridge.family.communes;
