/**
 * Giao, nhận chăm sóc thay thế: the placement of a child with a caregiver, from the
 * proposal through the caregiver's consent, the child's opinion, the commune chair's
 * decision and the handover to monitoring and the end (Law on Children 2016 Art. 63-69,
 * Circular 14/2020 Art. 13). A per-caregiver aggregate holds places so that two proposals
 * never take the last one, and a saga per proposal keeps the two in step.
 */
package org.kinbridge.matching.placement;
