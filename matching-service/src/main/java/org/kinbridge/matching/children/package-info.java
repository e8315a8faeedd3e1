/**
 * matching-service's own view of children who need alternative care, built from
 * case-service's public events alone. It follows the case (need decided, ended, case
 * handed over) and never the placement, which the placement process tracks itself.
 */
package org.kinbridge.matching.children;
