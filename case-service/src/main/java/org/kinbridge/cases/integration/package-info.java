/**
 * The public face of case-service: internal events translated into the CloudEvents of
 * {@code kinbridge.case.events.v1}, the case's history readable from Kafka alone. The
 * reporter's identity, the summary, findings, plan content and what children said stay
 * inside.
 */
package org.kinbridge.cases.integration;
