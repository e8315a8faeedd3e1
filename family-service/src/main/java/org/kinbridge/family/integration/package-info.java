/**
 * The public face of family-service: internal events translated into the CloudEvents of
 * {@code kinbridge.family.events.v1}. Only what matching needs leaves; identity numbers,
 * contact, health and judicial details and the reasons of decisions stay.
 */
package org.kinbridge.family.integration;
