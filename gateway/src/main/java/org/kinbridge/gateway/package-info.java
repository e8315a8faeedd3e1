/**
 * The single entry point of KinBridge: it checks the bearer token, cleans what clients
 * send, and routes each request to the service that owns its path. Services verify the
 * token again, so the gateway is a first line of defence, not the only one.
 */
package org.kinbridge.gateway;
