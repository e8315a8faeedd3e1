package org.kinbridge.auditlog.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kinbridge.auditlog.checkpoint.Checkpoint;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.event.LeafEncoding;
import org.kinbridge.auditlog.export.ExportedEvent;
import org.kinbridge.auditlog.merkle.ConsistencyProof;
import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.InclusionProof;
import org.kinbridge.auditlog.merkle.InvalidProofException;
import org.kinbridge.auditlog.merkle.MerkleTree;

/**
 * Checks an event export against a checkpoint whose signature was already verified. The
 * verdict rests only on the events and the signed root: the tree is rebuilt from the
 * events' recomputed leaves, so any altered, removed, reordered or inserted event changes
 * the root. When the verdict is negative, the positions and leaf hashes the platform
 * recorded in the export are used to name the first entry that differs; they are hints,
 * never evidence.
 */
public final class LogVerifier {

	private final List<ExportedEvent> lines;

	private final List<Hash> recomputed = new ArrayList<>();

	private final MerkleTree tree;

	public LogVerifier(List<ExportedEvent> lines) {
		this.lines = List.copyOf(lines);
		this.lines.forEach((line) -> this.recomputed.add(LeafEncoding.leafHash(line.event())));
		this.tree = MerkleTree.of(this.recomputed);
	}

	/**
	 * Checks that the first {@code checkpoint.treeSize()} events are exactly the entries
	 * the checkpoint commits to.
	 * @param checkpoint a checkpoint with a verified signature
	 * @return a one-line summary
	 * @throws VerificationFailedException naming the first differing entry where it can
	 */
	public String verify(Checkpoint checkpoint) throws VerificationFailedException {
		long size = checkpoint.treeSize();
		if (this.lines.size() >= size && this.tree.root(size).equals(checkpoint.rootHash())) {
			long later = this.lines.size() - size;
			return "verified: the first " + size + " events match the signed checkpoint of " + checkpoint.origin()
					+ ((later > 0) ? "; " + later + " later events are not covered by it" : "");
		}
		throw new VerificationFailedException("events do not match the signed checkpoint of " + checkpoint.origin()
				+ " (" + size + " entries): " + firstDifference(checkpoint));
	}

	/**
	 * The log position of an event, among the entries a checkpoint covers.
	 * @param eventId the CloudEvents id
	 * @param treeSize the checkpoint's size
	 * @return the index
	 * @throws VerificationFailedException when the event is not among them
	 */
	public long indexOf(String eventId, long treeSize) throws VerificationFailedException {
		for (int i = 0; i < Math.min(treeSize, this.lines.size()); i++) {
			if (this.lines.get(i).event().id().equals(eventId)) {
				return i;
			}
		}
		throw new VerificationFailedException(
				"event " + eventId + " is not among the " + treeSize + " entries the checkpoint covers");
	}

	/**
	 * The inclusion proof of an entry, generated from the rebuilt tree and checked with
	 * the RFC 9162 verification algorithm against the checkpoint.
	 * @param index the entry
	 * @param checkpoint the verified checkpoint the events match
	 * @return the proof
	 * @throws VerificationFailedException when the proof does not lead to the
	 * checkpoint's root
	 */
	public InclusionProof proveInclusion(long index, Checkpoint checkpoint) throws VerificationFailedException {
		InclusionProof proof = this.tree.inclusionProof(index, checkpoint.treeSize());
		try {
			proof.verify(leafHash(index), checkpoint.rootHash());
		}
		catch (InvalidProofException ex) {
			throw new VerificationFailedException(ex.getMessage());
		}
		return proof;
	}

	/**
	 * The consistency proof between two sizes of the rebuilt tree.
	 * @param oldSize the older size
	 * @param newSize the newer size, at most the number of events
	 * @return the proof
	 */
	public ConsistencyProof proveConsistency(long oldSize, long newSize) {
		return this.tree.consistencyProof(oldSize, newSize);
	}

	public Hash leafHash(long index) {
		return this.recomputed.get(Math.toIntExact(index));
	}

	private String firstDifference(Checkpoint checkpoint) {
		long size = checkpoint.treeSize();
		int covered = (int) Math.min(size, this.lines.size());
		for (int i = 0; i < covered; i++) {
			DecisionEvent event = this.lines.get(i).event();
			if (!checkpoint.origin().isLogOfProvince(event.province())) {
				return "event " + event.id() + " (line " + (i + 1) + ") is of province " + event.province()
						+ ", not of this log";
			}
		}
		boolean recorded = this.lines.stream()
			.limit(covered)
			.allMatch((line) -> line.index() != null && line.leafHash() != null);
		if (!recorded) {
			return (this.lines.size() < size)
					? "the export holds " + this.lines.size() + " events, " + (size - this.lines.size())
							+ " fewer than the checkpoint covers: events were removed"
					: "the export records no log positions, so the first differing entry cannot be named";
		}
		for (int i = 0; i < covered; i++) {
			String difference = differenceAt(i);
			if (difference != null) {
				return difference;
			}
		}
		if (this.lines.size() < size) {
			long missing = size - this.lines.size();
			return "the export ends after " + this.lines.size() + " events but the checkpoint covers " + size + ": "
					+ ((missing == 1) ? "entry " + this.lines.size() + " was"
							: "entries " + this.lines.size() + " to " + (size - 1) + " were")
					+ " removed";
		}
		return "every event matches the leaf hash recorded next to it, so the log's own leaves were rewritten;"
				+ " the first differing entry cannot be named without an earlier checkpoint";
	}

	// Null when line i is what the log recorded at position i.
	private String differenceAt(int i) {
		ExportedEvent line = this.lines.get(i);
		String event = "event " + line.event().id() + " (line " + (i + 1) + ")";
		Hash actual = this.recomputed.get(i);
		if (actual.equals(line.leafHash())) {
			if (line.index() == i) {
				return null;
			}
			long position = i;
			boolean loggedLater = this.lines.stream()
				.skip(position + 1)
				.anyMatch((later) -> Objects.equals(later.index(), position));
			return (line.index() > i && !loggedLater)
					? "log entry " + i + " is missing: " + event + " was logged as entry " + line.index()
					: event + " was logged as entry " + line.index() + ", not " + i + ": events were reordered";
		}
		int loggedAt = recordedPosition(actual);
		if (loggedAt > i && Objects.equals(this.recomputed.get(loggedAt), this.lines.get(i).leafHash())) {
			return "entries " + i + " and " + loggedAt + " were swapped: " + event + " was logged as entry " + loggedAt;
		}
		if (loggedAt == i + 1) {
			return "log entry " + i + " is missing: " + event + " was logged as entry " + loggedAt;
		}
		if (loggedAt >= 0) {
			return event + " was logged as entry " + loggedAt + ", not " + i + ": events were reordered";
		}
		if (i + 1 < this.lines.size() && this.recomputed.get(i + 1).equals(line.leafHash())) {
			return event + " is not in the log: it was inserted before entry " + i;
		}
		return "entry " + i + ", " + event + ", was altered: it no longer hashes to the leaf the log recorded";
	}

	private int recordedPosition(Hash leafHash) {
		for (int j = 0; j < this.lines.size(); j++) {
			if (leafHash.equals(this.lines.get(j).leafHash())) {
				return j;
			}
		}
		return -1;
	}

}
