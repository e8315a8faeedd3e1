/**
 * Commands and events of a caregiver's standing on the register after approval:
 * suspended, reinstated, removed. Events are stored for good.
 */
package org.kinbridge.family.standing.api;
