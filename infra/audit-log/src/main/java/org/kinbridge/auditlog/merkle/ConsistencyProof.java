package org.kinbridge.auditlog.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The consistency proof of RFC 9162 §2.1.4 between a tree of {@code oldSize} leaves and
 * one of {@code newSize} leaves: the hashes that show the newer tree is the older one
 * with entries appended and nothing else changed. It is checked with the algorithm of
 * §2.1.4.2.
 *
 * @param oldSize the size of the earlier tree
 * @param newSize the size of the later tree
 * @param hashes the proof nodes
 */
public record ConsistencyProof(long oldSize, long newSize, List<Hash> hashes) {

	public ConsistencyProof {
		hashes = List.copyOf(hashes);
	}

	/**
	 * Checks that the tree with root {@code newRoot} extends the tree with root
	 * {@code oldRoot}.
	 * @param oldRoot the root of the tree of {@link #oldSize()} leaves
	 * @param newRoot the root of the tree of {@link #newSize()} leaves
	 * @throws InvalidProofException naming the check that failed
	 */
	public void verify(Hash oldRoot, Hash newRoot) throws InvalidProofException {
		if (this.oldSize < 0 || this.oldSize > this.newSize) {
			throw new InvalidProofException(
					"a tree of " + this.oldSize + " leaves cannot be a prefix of one of " + this.newSize);
		}
		if (this.oldSize == this.newSize || this.oldSize == 0) {
			verifyTrivial(oldRoot, newRoot);
			return;
		}
		if (this.hashes.isEmpty()) {
			throw new InvalidProofException(
					"consistency proof from " + this.oldSize + " to " + this.newSize + " leaves must not be empty");
		}
		List<Hash> path = new ArrayList<>(this.hashes);
		// When the old tree is a complete subtree of the new one, its root is itself the
		// first
		// node of the proof, so the RFC leaves it out of the proof and the verifier puts
		// it back.
		if (Long.bitCount(this.oldSize) == 1) {
			path.add(0, oldRoot);
		}
		long fn = this.oldSize - 1;
		long sn = this.newSize - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		Hash fr = path.get(0);
		Hash sr = path.get(0);
		for (Hash c : path.subList(1, path.size())) {
			if (sn == 0) {
				throw new InvalidProofException(
						"consistency proof from " + this.oldSize + " to " + this.newSize + " leaves is too long");
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = MerkleHashes.nodeHash(c, fr);
				sr = MerkleHashes.nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = MerkleHashes.nodeHash(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		if (sn != 0) {
			throw new InvalidProofException(
					"consistency proof from " + this.oldSize + " to " + this.newSize + " leaves is too short");
		}
		if (!fr.equals(oldRoot)) {
			throw new InvalidProofException(
					"consistency proof does not lead to the old root of " + this.oldSize + " leaves");
		}
		if (!sr.equals(newRoot)) {
			throw new InvalidProofException(
					"consistency proof does not lead to the new root of " + this.newSize + " leaves");
		}
	}

	private void verifyTrivial(Hash oldRoot, Hash newRoot) throws InvalidProofException {
		// RFC 9162 defines proofs only for 0 < oldSize < newSize. An equal size proves
		// itself
		// by equal roots, and every tree extends the empty one; both take an empty proof
		// so
		// that no unchecked hash can ride along.
		if (!this.hashes.isEmpty()) {
			throw new InvalidProofException(
					"consistency proof from " + this.oldSize + " to " + this.newSize + " leaves must be empty");
		}
		if (this.oldSize == 0 && !oldRoot.equals(MerkleHashes.emptyRoot())) {
			throw new InvalidProofException("the root of an empty tree must be the hash of nothing");
		}
		if (this.oldSize == this.newSize && !oldRoot.equals(newRoot)) {
			throw new InvalidProofException(
					"two trees of " + this.oldSize + " leaves have different roots: the history was changed");
		}
	}

}
