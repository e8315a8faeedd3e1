/**
 * Commands and events of referrals (chuyển gửi) and of the handover of a case to another
 * commune or province. Events are stored for good: their type names and shapes change
 * only through an upcaster.
 */
package org.kinbridge.cases.referral.api;
