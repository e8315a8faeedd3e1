/**
 * Whether each part of the stack serves requests: the services' actuator health, the
 * READY line of the embedded Kafka and MongoDB, and reachability of an external Kafka or
 * MongoDB. A check never throws; it answers with a reason a person can act on.
 */
package org.kinbridge.localstack.health;
