/**
 * family-service owns caregivers: their registration, vetting, approval and the commune
 * register. It publishes {@code kinbridge.family.events.v1}, from which matching-service
 * learns who can care.
 */
package org.kinbridge.family;
