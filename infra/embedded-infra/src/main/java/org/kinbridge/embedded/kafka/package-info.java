/**
 * A single-node Apache Kafka broker in KRaft mode, run from the broker's own classes in
 * this JVM. The log directory is formatted only once, so a restart on the same directory
 * keeps every record.
 */
package org.kinbridge.embedded.kafka;
