/**
 * What the services' integration tests share: a real Kafka broker and a MongoDB wire
 * server, started once per test JVM, and tokens signed by a test key the services are
 * told to trust.
 */
package org.kinbridge.testkit;
