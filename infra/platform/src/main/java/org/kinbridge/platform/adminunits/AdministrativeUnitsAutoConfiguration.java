package org.kinbridge.platform.adminunits;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Makes {@link AdministrativeUnits} available to every service, from the data shipped
 * with the platform; a service that needs other data declares its own bean.
 */
@AutoConfiguration
public class AdministrativeUnitsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	public AdministrativeUnits administrativeUnits() {
		return AdministrativeUnits.fromDefaultData();
	}

}
