package org.kinbridge.platform.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the service's access log records reads of.
 *
 * @param subjectType the kind of record the service shows, such as {@code case} or
 * {@code caregiver}; a service without it keeps no access log
 */
@ConfigurationProperties("kinbridge.access-log")
public record AccessLogProperties(String subjectType) {

}
