package org.kinbridge.auditlog.merkle;

import java.util.List;

/**
 * The audit path of RFC 9162 §2.1.3: the sibling hashes from one leaf up to the root of a
 * tree of {@code treeSize} leaves, leaf side first. It is checked with the algorithm of
 * §2.1.3.2, which recomputes the root without trusting the size or index it is given.
 *
 * @param leafIndex the zero-based position of the leaf
 * @param treeSize the number of leaves in the tree the proof is for
 * @param hashes the audit path
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> hashes) {

	public InclusionProof {
		hashes = List.copyOf(hashes);
	}

	/**
	 * Checks that {@code leafHash} is the leaf at {@link #leafIndex()} of the tree whose
	 * root is {@code root}.
	 * @param leafHash the leaf hash (not the entry) being proven
	 * @param root the root of a tree of {@link #treeSize()} leaves, normally from a
	 * signed checkpoint
	 * @throws InvalidProofException naming the check that failed
	 */
	public void verify(Hash leafHash, Hash root) throws InvalidProofException {
		Hash computed = rootFrom(leafHash);
		if (!computed.equals(root)) {
			throw new InvalidProofException("inclusion proof for leaf " + this.leafIndex + " of a tree of "
					+ this.treeSize + " leads to root " + computed + ", not to " + root);
		}
	}

	/**
	 * The root this path leads to from {@code leafHash}, after checking that the path has
	 * exactly the length the index and size call for.
	 * @param leafHash the leaf hash
	 * @return the recomputed root
	 * @throws InvalidProofException when index, size and path length do not fit together
	 */
	public Hash rootFrom(Hash leafHash) throws InvalidProofException {
		if (this.leafIndex < 0 || this.leafIndex >= this.treeSize) {
			throw new InvalidProofException(
					"leaf index " + this.leafIndex + " is outside a tree of " + this.treeSize + " leaves");
		}
		long fn = this.leafIndex;
		long sn = this.treeSize - 1;
		Hash r = leafHash;
		for (Hash p : this.hashes) {
			if (sn == 0) {
				throw new InvalidProofException("inclusion proof is longer than a tree of " + this.treeSize
						+ " leaves allows for leaf " + this.leafIndex);
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = MerkleHashes.nodeHash(p, r);
				// A right-most leaf with no sibling at this level moves up unchanged;
				// skip
				// those levels so the next proof hash pairs at the right height.
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = MerkleHashes.nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		if (sn != 0) {
			throw new InvalidProofException("inclusion proof is shorter than a tree of " + this.treeSize
					+ " leaves needs for leaf " + this.leafIndex);
		}
		return r;
	}

}
