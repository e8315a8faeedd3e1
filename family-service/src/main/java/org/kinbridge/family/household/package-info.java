/**
 * Changes in a caregiver's household after registration. Each makes some vetting checks
 * doubtful, so they are required again; a province may also suspend the caregiver until
 * they hold again.
 */
package org.kinbridge.family.household;
