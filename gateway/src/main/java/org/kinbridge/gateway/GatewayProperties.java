package org.kinbridge.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the gateway's own filters; routes and timeouts are Spring Cloud Gateway's.
 *
 * @param maxRequestSize the largest request body passed on; larger ones get 413
 */
@ConfigurationProperties("kinbridge.gateway")
public record GatewayProperties(DataSize maxRequestSize) {

	public GatewayProperties {
		maxRequestSize = (maxRequestSize != null) ? maxRequestSize : DataSize.ofMegabytes(1);
	}

}
