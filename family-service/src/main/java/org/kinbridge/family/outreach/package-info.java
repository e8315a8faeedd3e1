/**
 * Outreach and recruitment of caregivers: information sessions and talks in communes and
 * hamlets, the people who showed interest and their follow-up, and a report per commune
 * that joins them with the caregivers found eligible on the register.
 */
package org.kinbridge.family.outreach;
