package org.kinbridge.cases.referral.api;

/**
 * Who at a service answered a referral, as the commune officer records it.
 *
 * @param position their position, such as "Bác sĩ trưởng khoa Nhi", or {@code null}
 */
public record AgencyRespondent(String name, String position) {
}
