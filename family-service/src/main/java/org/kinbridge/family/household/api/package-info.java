/**
 * Commands and events of changes in a caregiver's household after registration: members
 * joining and leaving, changes in health or legal status. Events are stored for good.
 */
package org.kinbridge.family.household.api;
