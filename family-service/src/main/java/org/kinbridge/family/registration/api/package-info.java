/**
 * Commands and events of caregiver registration (Form 08) and kinship notification.
 * Events are stored for good: their type names and shapes change only through an
 * upcaster.
 */
package org.kinbridge.family.registration.api;
