/**
 * Per-user request budgets at the gateway, held in memory so that no extra server is
 * needed. Each user (or, before a token is known, each client address) has a token bucket
 * that refills at a steady rate and allows short bursts.
 */
package org.kinbridge.gateway.ratelimit;
