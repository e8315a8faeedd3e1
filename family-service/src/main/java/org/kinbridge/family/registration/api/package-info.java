/**
 * Commands and events of caregiver registration. Events are stored for good: their type
 * names and shapes change only through an upcaster.
 */
package org.kinbridge.family.registration.api;
