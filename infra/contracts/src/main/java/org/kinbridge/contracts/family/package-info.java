/**
 * Integration events published by the family service on
 * {@code kinbridge.family.events.v1}. Each record is the JSON data of one versioned
 * CloudEvents type and matches its schema field by field.
 */
package org.kinbridge.contracts.family;
