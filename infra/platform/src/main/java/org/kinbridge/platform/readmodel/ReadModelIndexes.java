package org.kinbridge.platform.readmodel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes one feature's queries rely on. Declare it as a bean; the platform creates
 * every declared index when the service is ready.
 *
 * @param purpose what the indexes serve, for the log when one cannot be made
 * @param indexes each index with the read-model class whose collection it belongs to
 */
public record ReadModelIndexes(String purpose, List<Declared> indexes) {

	public ReadModelIndexes {
		indexes = List.copyOf(indexes);
	}

	/**
	 * @param purpose what the indexes serve, e.g. "the caseload"
	 * @return an empty declaration to add indexes to
	 */
	public static ReadModelIndexes of(String purpose) {
		return new ReadModelIndexes(purpose, List.of());
	}

	/**
	 * @param readModel the class mapped to the collection
	 * @param index the index; name it, so that the log and the database say what it is
	 * @return this declaration with the index added
	 */
	public ReadModelIndexes on(Class<?> readModel, Index index) {
		List<Declared> more = new ArrayList<>(this.indexes);
		more.add(new Declared(readModel, index));
		return new ReadModelIndexes(this.purpose, more);
	}

	/**
	 * @param readModel the class mapped to the collection
	 * @param index the index
	 */
	public record Declared(Class<?> readModel, Index index) {
	}

}
