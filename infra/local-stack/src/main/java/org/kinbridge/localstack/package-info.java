/**
 * The one-command local platform: {@link org.kinbridge.localstack.LocalStack} starts
 * Kafka, MongoDB, the three services and the gateway as child processes and loads the
 * pilot's demo data. Everything a person can get wrong ends in one clear line and exit
 * status 2, never a stack trace.
 */
package org.kinbridge.localstack;
