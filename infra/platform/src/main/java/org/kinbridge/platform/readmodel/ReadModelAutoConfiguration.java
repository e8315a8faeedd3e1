package org.kinbridge.platform.readmodel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives every service with a MongoDB the one creator of its read-model indexes.
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
public class ReadModelAutoConfiguration {

	@Bean
	public ReadModelIndexCreator readModelIndexCreator(MongoTemplate mongo,
			ObjectProvider<ReadModelIndexes> declarations) {
		return new ReadModelIndexCreator(mongo, declarations.orderedStream().toList());
	}

}
