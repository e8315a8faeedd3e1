/**
 * Possible duplicates: at intake, a new case is flagged when an earlier case of the same
 * commune names a child with the same folded name and the same birth date or a close age.
 * An officer then merges the new case into the earlier one, or keeps them apart, giving a
 * reason either way.
 */
package org.kinbridge.cases.duplicates;
