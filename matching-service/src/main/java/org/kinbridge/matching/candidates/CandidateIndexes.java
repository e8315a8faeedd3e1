package org.kinbridge.matching.candidates;

import org.kinbridge.platform.readmodel.ReadModelIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes the caregiver queries rely on: the shortlist's load of a province's
 * eligible caregivers, the lists, and the search for a child's relatives. The platform
 * creates them at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class CandidateIndexes {

	@Bean
	public ReadModelIndexes candidateIndexDeclaration() {
		return declaration();
	}

	/**
	 * @return the indexes, also for benchmarks that build the view without a context
	 */
	public static ReadModelIndexes declaration() {
		return ReadModelIndexes.of("the caregiver view")
			.on(CandidateCaregiver.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("state", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.named("by-province-state-commune"))
			.on(CandidateCaregiver.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.on("registeredAt", Sort.Direction.ASC)
						.named("by-commune"))
			.on(CandidateCaregiver.class,
					new Index().on("kinCaseId", Sort.Direction.ASC).sparse().named("by-kin-case"));
	}

}
