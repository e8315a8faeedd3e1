/**
 * case-service owns a child's case from the first report to closure: intake, assessment,
 * support plan, referrals, follow-up. It publishes {@code kinbridge.case.events.v1}.
 */
package org.kinbridge.cases;
