/**
 * Shortlists of caregivers for a waiting child, every place explained (Law on Children
 * Art. 60 and 63). Each shortlist is stored with its inputs and the rule set it was made
 * with, so that an auditor can recompute it however the configuration changed since.
 */
package org.kinbridge.matching.shortlist;
