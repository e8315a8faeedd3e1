/**
 * Kế hoạch hỗ trợ, can thiệp: the support and intervention plan (Form 04), its approval
 * by the commune chair (Form 05), its reviews and revisions. Whoever drafted a version
 * may not decide on it, and an emergency case is exempt from the drafting time limit.
 */
package org.kinbridge.cases.plan;
