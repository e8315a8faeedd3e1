/**
 * Chăm sóc thay thế: the need of a case's children for alternative care (Law on Children
 * 2016 Art. 62–63, Circular 14/2020), from the commune's finding through the eligibility
 * checklist to its confirmation, which matching-service is told of. Placements decided in
 * matching-service come back as events and are recorded in the case's own history.
 */
package org.kinbridge.cases.alternativecare;
