/**
 * The read side of family-service: caregiver files kept from the events, lists by state,
 * the expiry list and the access log. Every caregiver shown to a reader is recorded, so
 * auditors can see who looked at whom.
 */
package org.kinbridge.family.reading;
