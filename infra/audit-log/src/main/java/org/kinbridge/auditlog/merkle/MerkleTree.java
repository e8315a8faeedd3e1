package org.kinbridge.auditlog.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree over leaf hashes that answers RFC 9162 questions for any
 * earlier size: the Merkle Tree Hash of the first n leaves (§2.1.1), audit paths
 * (§2.1.3.1) and consistency proofs (§2.1.4.1).
 * <p>
 * It keeps the hash of every complete, aligned subtree (level h holds the subtrees of 2^h
 * leaves). The RFC's recursion always splits a range into such a complete left subtree
 * and a shorter right part, so a root or a proof costs O(log n) node hashes or O(log² n)
 * at worst, and an append costs O(log n). Memory is about two hashes per leaf. Not
 * thread-safe; the owning log serialises access.
 */
public final class MerkleTree {

	private final List<HashArray> levels = new ArrayList<>();

	private long size;

	public MerkleTree() {
		this.levels.add(new HashArray());
	}

	/**
	 * A tree holding the given leaf hashes in order.
	 * @param leafHashes the leaf hashes
	 * @return the tree
	 */
	public static MerkleTree of(List<Hash> leafHashes) {
		MerkleTree tree = new MerkleTree();
		leafHashes.forEach(tree::append);
		return tree;
	}

	public long size() {
		return this.size;
	}

	/**
	 * Appends a leaf hash and completes every subtree it closes.
	 * @param leafHash the hash of the new leaf
	 * @return the index of the new leaf
	 */
	public long append(Hash leafHash) {
		long index = this.size;
		this.levels.get(0).add(leafHash);
		this.size++;
		long node = index;
		int level = 0;
		// A node with an odd index is a right child: its parent is complete now.
		while ((node & 1) == 1) {
			Hash parent = MerkleHashes.nodeHash(this.levels.get(level).get(node - 1), this.levels.get(level).get(node));
			level++;
			if (this.levels.size() == level) {
				this.levels.add(new HashArray());
			}
			this.levels.get(level).add(parent);
			node >>= 1;
		}
		return index;
	}

	public Hash leafHash(long index) {
		checkRange(index, 0, this.size - 1, "leaf index");
		return this.levels.get(0).get(index);
	}

	/**
	 * The current root.
	 * @return the Merkle Tree Hash of all leaves
	 */
	public Hash root() {
		return root(this.size);
	}

	/**
	 * The root the tree had when it held {@code treeSize} leaves.
	 * @param treeSize a size up to the current one
	 * @return the Merkle Tree Hash of the first {@code treeSize} leaves
	 */
	public Hash root(long treeSize) {
		checkRange(treeSize, 0, this.size, "tree size");
		return (treeSize == 0) ? MerkleHashes.emptyRoot() : rangeHash(0, treeSize);
	}

	/**
	 * The audit path of a leaf in the tree of the first {@code treeSize} leaves.
	 * @param leafIndex the leaf
	 * @param treeSize the size of the tree the proof is for
	 * @return the proof
	 */
	public InclusionProof inclusionProof(long leafIndex, long treeSize) {
		checkRange(treeSize, 1, this.size, "tree size");
		checkRange(leafIndex, 0, treeSize - 1, "leaf index");
		List<Hash> path = new ArrayList<>();
		auditPath(leafIndex, 0, treeSize, path);
		return new InclusionProof(leafIndex, treeSize, path);
	}

	/**
	 * The proof that the tree of {@code newSize} leaves extends the tree of
	 * {@code oldSize}.
	 * @param oldSize the earlier size
	 * @param newSize the later size, up to the current one
	 * @return the proof, empty when the sizes are equal or the earlier tree is empty
	 */
	public ConsistencyProof consistencyProof(long oldSize, long newSize) {
		checkRange(newSize, 0, this.size, "new tree size");
		checkRange(oldSize, 0, newSize, "old tree size");
		List<Hash> proof = new ArrayList<>();
		if (oldSize > 0 && oldSize < newSize) {
			subProof(oldSize, 0, newSize, true, proof);
		}
		return new ConsistencyProof(oldSize, newSize, proof);
	}

	// PATH(m, D[start:end]) of RFC 9162 §2.1.3.1, appending to the path leaf side first.
	private void auditPath(long m, long start, long end, List<Hash> path) {
		long n = end - start;
		if (n == 1) {
			return;
		}
		long k = MerkleHashes.splitPoint(n);
		if (m < k) {
			auditPath(m, start, start + k, path);
			path.add(rangeHash(start + k, end));
		}
		else {
			auditPath(m - k, start + k, end, path);
			path.add(rangeHash(start, start + k));
		}
	}

	// SUBPROOF(m, D[start:end], b) of RFC 9162 §2.1.4.1.
	private void subProof(long m, long start, long end, boolean wholeOldTree, List<Hash> proof) {
		long n = end - start;
		if (m == n) {
			if (!wholeOldTree) {
				proof.add(rangeHash(start, end));
			}
			return;
		}
		long k = MerkleHashes.splitPoint(n);
		if (m <= k) {
			subProof(m, start, start + k, wholeOldTree, proof);
			proof.add(rangeHash(start + k, end));
		}
		else {
			subProof(m - k, start + k, end, false, proof);
			proof.add(rangeHash(start, start + k));
		}
	}

	// MTH(D[start:end]) for the ranges the RFC recursion produces: the left part is
	// always a
	// complete aligned subtree, which is kept, so only the right spine is hashed.
	private Hash rangeHash(long start, long end) {
		long n = end - start;
		if (Long.bitCount(n) == 1 && start % n == 0) {
			return this.levels.get(Long.numberOfTrailingZeros(n)).get(start / n);
		}
		long k = MerkleHashes.splitPoint(n);
		return MerkleHashes.nodeHash(rangeHash(start, start + k), rangeHash(start + k, end));
	}

	private static void checkRange(long value, long min, long max, String what) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(what + " " + value + " is outside " + min + ".." + max);
		}
	}

	/** Hashes packed into one growing array, to keep two hashes per leaf cheap. */
	private static final class HashArray {

		private byte[] data = new byte[Hash.LENGTH * 16];

		private int count;

		void add(Hash hash) {
			if ((this.count + 1) * Hash.LENGTH > this.data.length) {
				this.data = Arrays.copyOf(this.data, this.data.length * 2);
			}
			System.arraycopy(hash.bytes(), 0, this.data, this.count * Hash.LENGTH, Hash.LENGTH);
			this.count++;
		}

		Hash get(long index) {
			int from = Math.toIntExact(index) * Hash.LENGTH;
			return new Hash(Arrays.copyOfRange(this.data, from, from + Hash.LENGTH));
		}

	}

}
