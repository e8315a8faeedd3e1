/**
 * Reference data of case-service: the code lists a province configures, such as the
 * special-circumstance groups, and the folding of names for comparison. Intake validates
 * against it; nothing here changes at run time.
 */
package org.kinbridge.cases.reference;
