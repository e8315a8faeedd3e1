package org.kinbridge.family.reading;

import org.kinbridge.platform.readmodel.ReadModelIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes the caregiver lists, the register and the expiry list rely on; every one
 * starts with the province, as every query does. The platform creates them at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class CaregiverFileIndexes {

	@Bean
	public ReadModelIndexes caregiverFileIndexDeclaration() {
		return declaration();
	}

	/**
	 * @return the indexes, also for benchmarks that build the view without a context
	 */
	public static ReadModelIndexes declaration() {
		return ReadModelIndexes.of("the caregiver files")
			.on(CaregiverFile.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.on("status", Sort.Direction.ASC)
						.named("by-commune-and-status"))
			.on(CaregiverFile.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("nextEvidenceExpiry", Sort.Direction.ASC)
						.named("by-evidence-expiry"));
	}

}
