package org.kinbridge.auditlog.log;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.kinbridge.auditlog.checkpoint.Checkpoint;
import org.kinbridge.auditlog.checkpoint.CheckpointSigner;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.checkpoint.SignedCheckpoint;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.event.LeafEncoding;
import org.kinbridge.auditlog.merkle.ConsistencyProof;
import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.InclusionProof;
import org.kinbridge.auditlog.merkle.MerkleTree;

/**
 * The append-only Merkle log of one province's decision events. Leaves go to the storage
 * first and to the in-memory tree after, so a failed write leaves both as they were; the
 * tree is rebuilt from the stored leaves when the log is opened.
 */
public final class AuditLog {

	private static final int LOAD_BATCH = 10_000;

	private final LogOrigin origin;

	private final LogStorage storage;

	private final MerkleTree tree = new MerkleTree();

	/**
	 * Opens a log over what its storage already holds.
	 * @param origin the log's name
	 * @param storage its leaves
	 */
	public AuditLog(LogOrigin origin, LogStorage storage) {
		this.origin = origin;
		this.storage = storage;
		long size = storage.size();
		for (long from = 0; from < size; from += LOAD_BATCH) {
			storage.leafHashes(from, Math.min(size, from + LOAD_BATCH)).forEach(this.tree::append);
		}
	}

	public LogOrigin origin() {
		return this.origin;
	}

	/**
	 * Appends a decision event of this log's province.
	 * @param event the event as published
	 * @return its position and leaf hash
	 * @throws IllegalArgumentException when the event belongs to another province
	 */
	public synchronized LogEntry append(DecisionEvent event) {
		if (!this.origin.isLogOfProvince(event.province())) {
			throw new IllegalArgumentException(
					"event " + event.id() + " of province " + event.province() + " does not belong in " + this.origin);
		}
		return appendLeafHash(LeafEncoding.leafHash(event));
	}

	/**
	 * Appends a leaf hash computed elsewhere.
	 * @param leafHash the leaf hash
	 * @return its position
	 */
	public synchronized LogEntry appendLeafHash(Hash leafHash) {
		long index = this.tree.size();
		this.storage.append(index, leafHash);
		this.tree.append(leafHash);
		return new LogEntry(index, leafHash);
	}

	public synchronized long size() {
		return this.tree.size();
	}

	public synchronized Hash root() {
		return this.tree.root();
	}

	public synchronized Hash root(long treeSize) {
		return this.tree.root(treeSize);
	}

	public synchronized Hash leafHash(long index) {
		return this.tree.leafHash(index);
	}

	public synchronized List<Hash> leafHashes() {
		return this.storage.leafHashes(0, this.tree.size());
	}

	public synchronized InclusionProof inclusionProof(long leafIndex, long treeSize) {
		return this.tree.inclusionProof(leafIndex, treeSize);
	}

	public synchronized ConsistencyProof consistencyProof(long oldSize, long newSize) {
		return this.tree.consistencyProof(oldSize, newSize);
	}

	/**
	 * Signs the log's current state. The time is cut to whole seconds so that checkpoints
	 * read well when kept as text.
	 * @param clock the clock to take the time from
	 * @param signer the province's checkpoint key
	 * @return the signed checkpoint
	 */
	public synchronized SignedCheckpoint checkpoint(Clock clock, CheckpointSigner signer) {
		Checkpoint checkpoint = new Checkpoint(this.origin, this.tree.size(), this.tree.root(),
				clock.instant().truncatedTo(ChronoUnit.SECONDS));
		return signer.sign(checkpoint);
	}

	/**
	 * A position in the log.
	 *
	 * @param index zero-based position
	 * @param leafHash the leaf hash stored there
	 */
	public record LogEntry(long index, Hash leafHash) {
	}

}
