/**
 * The caregiver aggregate that every feature of family-service acts on, and the sender
 * that stamps each command with who, where and when. Its state changes only through the
 * stored events of the feature packages.
 */
package org.kinbridge.family.caregiver;
