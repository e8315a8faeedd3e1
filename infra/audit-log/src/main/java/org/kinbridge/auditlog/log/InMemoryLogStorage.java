package org.kinbridge.auditlog.log;

import java.util.ArrayList;
import java.util.List;

import org.kinbridge.auditlog.merkle.Hash;

/**
 * Leaf hashes in a list: for tests, for the verifier's rebuilt logs and as the reference
 * behaviour a database-backed store must match.
 */
public final class InMemoryLogStorage implements LogStorage {

	private final List<Hash> leaves = new ArrayList<>();

	@Override
	public synchronized void append(long index, Hash leafHash) {
		if (index != this.leaves.size()) {
			throw new IllegalStateException(
					"leaf " + index + " cannot be appended to a log of " + this.leaves.size() + " leaves");
		}
		this.leaves.add(leafHash);
	}

	@Override
	public synchronized List<Hash> leafHashes(long from, long to) {
		if (from < 0 || from > to || to > this.leaves.size()) {
			throw new IllegalArgumentException(
					"range " + from + ".." + to + " is outside a log of " + this.leaves.size() + " leaves");
		}
		return List.copyOf(this.leaves.subList((int) from, (int) to));
	}

	@Override
	public synchronized long size() {
		return this.leaves.size();
	}

}
