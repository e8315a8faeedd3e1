/**
 * Every service is an OAuth2 resource server that trusts only signed KinBridge bearer
 * tokens: the filter chain, the token checks and the problem responses for 401 and 403.
 * The platform's shared defaults (Kafka, MongoDB, Axon, actuator, logging) are put in
 * place here too, at the lowest precedence.
 */
package org.kinbridge.platform.security;
