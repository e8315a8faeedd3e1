package org.kinbridge.matching.children;

import org.kinbridge.platform.readmodel.ReadModelIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes of the waiting list (province, state, commune, longest waiting first), of a
 * case's needs (handovers) and of a case's handovers. The platform creates them at
 * start-up.
 */
@Configuration(proxyBeanMethods = false)
public class WaitingChildIndexes {

	@Bean
	public ReadModelIndexes waitingChildIndexDeclaration() {
		return declaration();
	}

	/**
	 * @return the indexes, also for benchmarks that build the view without a context
	 */
	public static ReadModelIndexes declaration() {
		return ReadModelIndexes.of("the waiting children")
			.on(WaitingChild.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("state", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.on("since", Sort.Direction.ASC)
						.named("waiting-list"))
			.on(WaitingChild.class, new Index().on("caseId", Sort.Direction.ASC).named("by-case"))
			.on(CaseHandover.class,
					new Index().on("caseId", Sort.Direction.ASC)
						.on("handedOverAt", Sort.Direction.DESC)
						.named("by-case"));
	}

}
