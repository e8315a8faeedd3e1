package org.kinbridge.family.outreach;

import org.kinbridge.platform.readmodel.ReadModelIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes the outreach lists, follow-ups and report rely on; each starts with the
 * province, as every query does. The platform creates them at start-up.
 */
@Configuration(proxyBeanMethods = false)
class OutreachIndexes {

	@Bean
	ReadModelIndexes outreachIndexDeclaration() {
		return declaration();
	}

	/**
	 * @return the indexes, also for benchmarks that build the view without a context
	 */
	static ReadModelIndexes declaration() {
		return ReadModelIndexes.of("the outreach lists")
			.on(OutreachSessionView.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.on("heldOn", Sort.Direction.DESC)
						.named("by-commune-and-day"))
			.on(InterestFile.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.on("state", Sort.Direction.ASC)
						.on("interestedOn", Sort.Direction.ASC)
						.named("by-commune-state-and-day"));
	}

}
