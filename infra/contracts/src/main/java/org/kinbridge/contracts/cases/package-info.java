/**
 * Integration events published by the case service on {@code kinbridge.case.events.v1}.
 * Each record is the JSON data of one versioned CloudEvents type and matches its schema
 * field by field.
 */
package org.kinbridge.contracts.cases;
