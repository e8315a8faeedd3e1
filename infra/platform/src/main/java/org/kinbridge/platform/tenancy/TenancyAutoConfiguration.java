package org.kinbridge.platform.tenancy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Makes {@link CurrentActor} and {@link TenantGuard} available to every service.
 */
@AutoConfiguration
@ConditionalOnClass(SecurityContextHolder.class)
public class TenancyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	public CurrentActor currentActor() {
		return new CurrentActor();
	}

	@Bean
	@ConditionalOnMissingBean
	public TenantGuard tenantGuard(CurrentActor currentActor) {
		return new TenantGuard(currentActor);
	}

}
