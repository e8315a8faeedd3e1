package org.kinbridge.platform.readmodel;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class ReadModelIndexCreatorTest {

	private record First() {
	}

	private record Second() {
	}

	@Test
	void anIndexThatCannotBeMadeIsCountedAndTheOthersAreStillCreated() {
		MongoTemplate mongo = mock(MongoTemplate.class);
		IndexOperations first = mock(IndexOperations.class);
		IndexOperations second = mock(IndexOperations.class);
		given(mongo.indexOps(First.class)).willReturn(first);
		given(mongo.indexOps(Second.class)).willReturn(second);
		given(first.createIndex(any())).willThrow(new IllegalStateException("index build refused"));
		Index byProvince = new Index().on("provinceCode", Sort.Direction.ASC).named("by-province");
		Index byCase = new Index().on("caseId", Sort.Direction.ASC).named("by-case");

		int failed = new ReadModelIndexCreator(mongo,
				List.of(ReadModelIndexes.of("the first view").on(First.class, byProvince),
						ReadModelIndexes.of("the second view").on(Second.class, byCase)))
			.createAll();

		assertThat(failed).isEqualTo(1);
		verify(second).createIndex(byCase);
	}

	@Test
	void aDeclarationKeepsItsIndexesInTheOrderGiven() {
		Index one = new Index().on("a", Sort.Direction.ASC).named("one");
		Index two = new Index().on("b", Sort.Direction.ASC).named("two");
		ReadModelIndexes declared = ReadModelIndexes.of("a view").on(First.class, one).on(Second.class, two);
		assertThat(declared.indexes()).extracting(ReadModelIndexes.Declared::index).containsExactly(one, two);
		assertThat(declared.indexes()).extracting(ReadModelIndexes.Declared::readModel)
			.containsExactly(First.class, Second.class);
	}

}
