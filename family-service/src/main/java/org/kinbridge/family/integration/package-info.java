/**
 * The public face of family-service: internal events translated into the CloudEvents of
 * {@code kinbridge.family.events.v1}. Only what matching and the caregiver's audited
 * history need leaves; identity numbers, contact, health and judicial details stay.
 */
package org.kinbridge.family.integration;
