/**
 * The shortlisting core: snapshots of a need and of caregivers, the hard rules of Law on
 * Children Art. 60 and 63, integer points per factor and the order, all explained. It
 * reads nothing but its inputs, so that an auditor can recompute any stored shortlist.
 */
package org.kinbridge.matching.shortlist.ranking;
