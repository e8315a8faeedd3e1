/**
 * Vetting of a registered caregiver against Law on Children Art. 63(2): the checklist,
 * the per-province periods it is judged by, and counselling. The commune officer
 * verifies; someone else decides.
 */
package org.kinbridge.family.vetting;
