/**
 * The public face of case-service: internal events translated into the CloudEvents of
 * {@code kinbridge.case.events.v1}. The reporter's identity and the free-text summary
 * stay inside.
 */
package org.kinbridge.cases.integration;
