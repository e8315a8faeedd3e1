/**
 * Commune codes as requests give them: checked against the platform's administrative-unit
 * register on the day they must be valid as input, and against the caller's province and
 * commune as scope (another province's commune is not found). Every request that names a
 * commune (registration, outreach, lists by commune) uses it.
 */
package org.kinbridge.family.communes;
