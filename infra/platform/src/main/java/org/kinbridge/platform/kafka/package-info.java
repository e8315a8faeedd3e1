/**
 * Integration events between services: internal Axon events translated to public
 * CloudEvents and published to Kafka at least once, with the event store as the outbox;
 * and consumption with de-duplication, retries and a dead-letter topic.
 */
package org.kinbridge.platform.kafka;
