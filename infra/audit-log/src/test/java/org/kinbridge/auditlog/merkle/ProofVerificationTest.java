package org.kinbridge.auditlog.merkle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every inclusion and consistency proof of trees up to {@value #MAX} leaves verifies, and
 * each one stops verifying when any of its parts is changed.
 */
class ProofVerificationTest {

	private static final int MAX = 64;

	private static MerkleTree tree;

	@BeforeAll
	static void buildTree() {
		tree = new MerkleTree();
		for (int i = 0; i < MAX; i++) {
			tree.append(MerkleHashes.leafHash(("entry-" + i).getBytes(StandardCharsets.UTF_8)));
		}
	}

	private static Hash flipped(Hash hash) {
		byte[] bytes = hash.bytes();
		bytes[0] ^= 1;
		return new Hash(bytes);
	}

	// The values next to a correct index or size, and the extremes, which are where an
	// off-by-one in the verifier would hide; all values would cost minutes on a shared
	// CPU.
	private static long[] neighbours(long value, long min, long max) {
		return LongStream.of(min, value - 2, value - 1, value + 1, value + 2, max)
			.filter((other) -> other != value && other >= min && other <= max)
			.distinct()
			.toArray();
	}

	private static boolean verifies(InclusionProof proof, Hash leafHash, Hash root) {
		try {
			proof.verify(leafHash, root);
			return true;
		}
		catch (InvalidProofException ex) {
			return false;
		}
	}

	private static boolean verifies(ConsistencyProof proof, Hash oldRoot, Hash newRoot) {
		try {
			proof.verify(oldRoot, newRoot);
			return true;
		}
		catch (InvalidProofException ex) {
			return false;
		}
	}

	@Test
	void everyInclusionProofUpToSixtyFourLeavesVerifies() {
		for (long n = 1; n <= MAX; n++) {
			for (long m = 0; m < n; m++) {
				InclusionProof proof = tree.inclusionProof(m, n);
				assertThat(verifies(proof, tree.leafHash(m), tree.root(n))).as("leaf %d of %d", m, n).isTrue();
			}
		}
	}

	@Test
	void everyInclusionProofFailsWhenAnyNodeIndexSizeLeafOrRootChanges() {
		for (long n = 1; n <= MAX; n++) {
			for (long m = 0; m < n; m++) {
				InclusionProof proof = tree.inclusionProof(m, n);
				Hash leaf = tree.leafHash(m);
				Hash root = tree.root(n);
				for (int i = 0; i < proof.hashes().size(); i++) {
					List<Hash> changed = new ArrayList<>(proof.hashes());
					changed.set(i, flipped(changed.get(i)));
					assertThat(verifies(new InclusionProof(m, n, changed), leaf, root))
						.as("node %d changed, leaf %d of %d", i, m, n)
						.isFalse();
				}
				for (long otherIndex : neighbours(m, 0, n)) {
					assertThat(verifies(new InclusionProof(otherIndex, n, proof.hashes()), leaf, root))
						.as("index %d instead of %d of %d", otherIndex, m, n)
						.isFalse();
				}
				// A size comes with the root a checkpoint states for it, so a changed
				// size is
				// checked against that size's root.
				for (long otherSize : neighbours(n, m + 1, MAX)) {
					assertThat(verifies(new InclusionProof(m, otherSize, proof.hashes()), leaf, tree.root(otherSize)))
						.as("size %d instead of %d for leaf %d", otherSize, n, m)
						.isFalse();
				}
				assertThat(verifies(proof, flipped(leaf), root)).isFalse();
				assertThat(verifies(proof, leaf, flipped(root))).isFalse();
				if (!proof.hashes().isEmpty()) {
					List<Hash> shorter = proof.hashes().subList(0, proof.hashes().size() - 1);
					assertThat(verifies(new InclusionProof(m, n, shorter), leaf, root)).isFalse();
				}
				List<Hash> longer = new ArrayList<>(proof.hashes());
				longer.add(root);
				assertThat(verifies(new InclusionProof(m, n, longer), leaf, root)).isFalse();
			}
		}
	}

	@Test
	void everyConsistencyProofUpToSixtyFourLeavesVerifies() {
		for (long n = 0; n <= MAX; n++) {
			for (long m = 0; m <= n; m++) {
				ConsistencyProof proof = tree.consistencyProof(m, n);
				assertThat(verifies(proof, tree.root(m), tree.root(n))).as("%d to %d", m, n).isTrue();
			}
		}
	}

	@Test
	void everyConsistencyProofFailsWhenAnyNodeSizeOrRootChanges() {
		for (long n = 1; n <= MAX; n++) {
			for (long m = 1; m <= n; m++) {
				ConsistencyProof proof = tree.consistencyProof(m, n);
				Hash oldRoot = tree.root(m);
				Hash newRoot = tree.root(n);
				for (int i = 0; i < proof.hashes().size(); i++) {
					List<Hash> changed = new ArrayList<>(proof.hashes());
					changed.set(i, flipped(changed.get(i)));
					assertThat(verifies(new ConsistencyProof(m, n, changed), oldRoot, newRoot))
						.as("node %d changed, %d to %d", i, m, n)
						.isFalse();
				}
				// Every tree extends the empty one, so an old size of 0 makes a true
				// claim.
				for (long otherOld : neighbours(m, 1, n)) {
					assertThat(
							verifies(new ConsistencyProof(otherOld, n, proof.hashes()), tree.root(otherOld), newRoot))
						.as("old size %d instead of %d, to %d", otherOld, m, n)
						.isFalse();
				}
				for (long otherNew : neighbours(n, m, MAX)) {
					assertThat(
							verifies(new ConsistencyProof(m, otherNew, proof.hashes()), oldRoot, tree.root(otherNew)))
						.as("new size %d instead of %d, from %d", otherNew, n, m)
						.isFalse();
				}
				assertThat(verifies(proof, flipped(oldRoot), newRoot)).as("old root changed, %d to %d", m, n).isFalse();
				assertThat(verifies(proof, oldRoot, flipped(newRoot))).as("new root changed, %d to %d", m, n).isFalse();
				List<Hash> longer = new ArrayList<>(proof.hashes());
				longer.add(newRoot);
				assertThat(verifies(new ConsistencyProof(m, n, longer), oldRoot, newRoot)).isFalse();
				if (!proof.hashes().isEmpty()) {
					List<Hash> shorter = proof.hashes().subList(0, proof.hashes().size() - 1);
					assertThat(verifies(new ConsistencyProof(m, n, shorter), oldRoot, newRoot)).isFalse();
				}
			}
		}
	}

	@Test
	void consistencyProofRejectsAnOlderTreeLargerThanTheNewer() {
		assertThatThrownBy(() -> new ConsistencyProof(5, 4, List.of()).verify(tree.root(5), tree.root(4)))
			.isInstanceOf(InvalidProofException.class)
			.hasMessageContaining("cannot be a prefix");
	}

	@Test
	void everyTreeExtendsTheEmptyTree() {
		assertThatCode(() -> tree.consistencyProof(0, 9).verify(MerkleHashes.emptyRoot(), tree.root(9)))
			.doesNotThrowAnyException();
	}

	@Test
	void inclusionProofNamesTheRootItLeadsTo() {
		InclusionProof proof = tree.inclusionProof(2, 5);

		assertThatThrownBy(() -> proof.verify(tree.leafHash(3), tree.root(5))).isInstanceOf(InvalidProofException.class)
			.hasMessageContaining("leaf 2 of a tree of 5 leads to root");
	}

}
