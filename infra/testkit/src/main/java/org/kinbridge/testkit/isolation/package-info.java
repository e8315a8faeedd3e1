/**
 * The access matrix: for every endpoint a service has, which roles may call it and what
 * each role, each province and each bad token must get back. The matrix is read from a
 * file beside the service's tests and run against the real service with signed tokens, so
 * an endpoint nobody thought about fails the build instead of shipping open.
 */
package org.kinbridge.testkit.isolation;
