/**
 * The commune register of eligible caregivers, read on screen or exported as CSV or PDF,
 * and its quarterly report to the province with the changes of the quarter. It is a view
 * of the caregiver files, updated with every event that changes them.
 */
package org.kinbridge.family.register;
