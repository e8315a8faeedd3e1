package org.kinbridge.auditlog.log;

import java.util.List;

import org.kinbridge.auditlog.merkle.Hash;

/**
 * Where one log's leaf hashes are kept, in order. Deliberately small, so that the MongoDB
 * store the appending service will bring needs only a collection keyed by (origin,
 * index): the tree's inner nodes are recomputed from the leaves when a log is opened.
 */
public interface LogStorage {

	/**
	 * Stores the leaf at {@code index}, which must be the current size. Passing the index
	 * makes two appenders racing for the same slot fail (a unique key in a database)
	 * instead of silently forking the log.
	 * @param index the position the caller expects the leaf to take
	 * @param leafHash the leaf hash
	 * @throws IllegalStateException when {@code index} is not the current size
	 */
	void append(long index, Hash leafHash);

	/**
	 * The leaf hashes in {@code [from, to)}.
	 * @param from the first index
	 * @param to one past the last index, at most {@link #size()}
	 * @return the hashes in order
	 */
	List<Hash> leafHashes(long from, long to);

	/**
	 * The number of leaves stored.
	 * @return the log's size
	 */
	long size();

}
