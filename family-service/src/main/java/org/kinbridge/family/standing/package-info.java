/**
 * Life on the commune register after approval: suspension with a reason, reinstatement
 * once the conditions hold again, and removal. Matching learns of each through a public
 * event without the reason, which may be sensitive.
 */
package org.kinbridge.family.standing;
