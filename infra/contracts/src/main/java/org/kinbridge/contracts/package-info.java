/**
 * The public contract between KinBridge services: CloudEvents header names, Kafka topics
 * and the registry of event types with their JSON Schemas and samples. It depends only on
 * the JDK and Jackson annotations so that any service, in any stack, can share it.
 */
package org.kinbridge.contracts;
