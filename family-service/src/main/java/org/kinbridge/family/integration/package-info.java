/**
 * The public face of family-service: internal events translated into the CloudEvents of
 * {@code kinbridge.family.events.v1}. Only what other services need leaves; the phone
 * number stays.
 */
package org.kinbridge.family.integration;
