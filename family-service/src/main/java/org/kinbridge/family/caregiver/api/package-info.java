/**
 * What every caregiver message shares: the caregiver's id and the {@code Acting} stamp of
 * who, where and when. Stored events embed these records, so their shapes change only
 * through an upcaster.
 */
package org.kinbridge.family.caregiver.api;
