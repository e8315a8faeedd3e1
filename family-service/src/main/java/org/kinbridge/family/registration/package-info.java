/**
 * Registration of an individual or family who offers to care for a child (Form 08), or a
 * relative's kinship notification for a named child, taken in by the commune where they
 * live. A registered caregiver is not yet eligible: vetting follows.
 */
package org.kinbridge.family.registration;
