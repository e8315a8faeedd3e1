/**
 * Figures on alternative care per commune and province: children waiting and placed, the
 * time from the need to the placement, why placements ended, and the share placed against
 * the province's targets. They are counts only, read from the placements and the
 * waiting-children view, and name no one.
 */
package org.kinbridge.matching.reporting;
