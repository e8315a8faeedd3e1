/**
 * Chuyển gửi: referrals of a case's children to services, on the consent of a parent or
 * guardian and the opinion of each child aged 7 or more, and transfers to another commune
 * or province, which takes the case over when it accepts. The receiving side sees only
 * what a referral shares; the side that handed a case over keeps it as it was then.
 */
package org.kinbridge.cases.referral;
