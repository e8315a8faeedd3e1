package org.kinbridge.cases.reading;

import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.platform.readmodel.ReadModelIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes the caseload, search and duplicate queries rely on; every one starts with
 * the province, as every query does. The platform creates them at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class CaseListIndexes {

	@Bean
	public ReadModelIndexes caseListIndexDeclaration() {
		return declaration();
	}

	/**
	 * @return the indexes, also for benchmarks that build a read model without a context
	 */
	public static ReadModelIndexes declaration() {
		return ReadModelIndexes.of("the case lists")
			.on(CaseSummary.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.on("receivedAt", Sort.Direction.DESC)
						.named("caseload"))
			.on(CaseSummary.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("nameTokens", Sort.Direction.ASC)
						.named("name"))
			.on(CaseSummary.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("caseNumber", Sort.Direction.ASC)
						.named("case-number"))
			.on(CaseSummary.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.on("childNameKeys", Sort.Direction.ASC)
						.named("duplicates"))
			.on(CaseSummary.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("deadlines.dueAt", Sort.Direction.ASC)
						.named("deadlines"));
	}

}
