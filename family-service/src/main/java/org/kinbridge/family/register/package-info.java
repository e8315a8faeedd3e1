/**
 * The commune register of eligible caregivers, read on screen or exported as CSV for the
 * quarterly report to the province. It is a view of the caregiver files, updated with
 * every event that changes them.
 */
package org.kinbridge.family.register;
