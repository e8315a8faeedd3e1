/**
 * Real infrastructure that runs inside a plain JVM, so that a laptop without Docker can
 * run the whole platform. Nothing here is a fake: Kafka is the Apache broker itself and
 * the MongoDB server speaks the wire protocol that the services' drivers use.
 */
package org.kinbridge.embedded;
