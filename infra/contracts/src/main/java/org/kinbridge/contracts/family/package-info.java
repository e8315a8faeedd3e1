/**
 * Integration events published by the family service on
 * {@code kinbridge.family.events.v1}: registration, approval with the matching profile,
 * capacity changes, suspension, reinstatement, removal and the refusal of a place for a
 * decided placement. Each record is the JSON data of one versioned CloudEvents type and
 * matches its schema field by field; identity numbers, contact, health and judicial
 * details never appear in them.
 */
package org.kinbridge.contracts.family;
