package org.kinbridge.auditlog.merkle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleTreeTest {

	// Hashing written out again here with its own MessageDigest, so that the tree is
	// checked
	// against the RFC's definitions and not against itself.
	private static byte[] sha256(byte[]... parts) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (byte[] part : parts) {
			digest.update(part);
		}
		return digest.digest();
	}

	private static byte[] leaf(String entry) throws Exception {
		return sha256(new byte[] { 0 }, entry.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] node(byte[] left, byte[] right) throws Exception {
		return sha256(new byte[] { 1 }, left, right);
	}

	// MTH of RFC 9162 §2.1.1, recursively and without any caching.
	private static byte[] referenceRoot(List<String> entries) throws Exception {
		if (entries.isEmpty()) {
			return sha256();
		}
		if (entries.size() == 1) {
			return leaf(entries.get(0));
		}
		int k = 1;
		while (k * 2 < entries.size()) {
			k *= 2;
		}
		return node(referenceRoot(entries.subList(0, k)), referenceRoot(entries.subList(k, entries.size())));
	}

	private static List<String> entries(int count) {
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add("entry-" + i);
		}
		return entries;
	}

	private static MerkleTree treeOf(List<String> entries) {
		MerkleTree tree = new MerkleTree();
		entries.forEach((entry) -> tree.append(MerkleHashes.leafHash(entry.getBytes(StandardCharsets.UTF_8))));
		return tree;
	}

	@Test
	void emptyTreeHashIsSha256OfTheEmptyString() {
		assertThat(new MerkleTree().root().hex())
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void leafHashIsSha256OfZeroByteAndEntry() throws Exception {
		// SHA-256 of the single byte 0x00, a well-known value.
		assertThat(MerkleHashes.leafHash(new byte[0]).hex())
			.isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
		assertThat(MerkleHashes.leafHash("a".getBytes(StandardCharsets.UTF_8)).bytes()).isEqualTo(leaf("a"));
	}

	@Test
	void threeLeafTreeHashesLeftPairThenThirdLeaf() throws Exception {
		byte[] expected = node(node(leaf("entry-0"), leaf("entry-1")), leaf("entry-2"));

		assertThat(treeOf(entries(3)).root().bytes()).isEqualTo(expected);
	}

	@Test
	void sevenLeafTreeSplitsAtFour() throws Exception {
		byte[] left = node(node(leaf("entry-0"), leaf("entry-1")), node(leaf("entry-2"), leaf("entry-3")));
		byte[] right = node(node(leaf("entry-4"), leaf("entry-5")), leaf("entry-6"));

		assertThat(treeOf(entries(7)).root().bytes()).isEqualTo(node(left, right));
	}

	@Test
	void rootOfEveryEarlierSizeMatchesTheRecursiveDefinition() throws Exception {
		List<String> entries = entries(70);
		MerkleTree tree = treeOf(entries);

		for (int n = 0; n <= entries.size(); n++) {
			assertThat(tree.root(n).bytes()).as("root of %d leaves", n).isEqualTo(referenceRoot(entries.subList(0, n)));
		}
	}

	@Test
	void auditPathOfLeafInSevenLeafTreeIsSiblingsFromTheLeafUp() throws Exception {
		// RFC 9162 §2.1.5 example: the path for leaf d (index 3) is [c, g, l].
		MerkleTree tree = treeOf(entries(7));
		byte[] c = leaf("entry-2");
		byte[] g = node(leaf("entry-0"), leaf("entry-1"));
		byte[] l = node(node(leaf("entry-4"), leaf("entry-5")), leaf("entry-6"));

		assertThat(tree.inclusionProof(3, 7).hashes()).extracting(Hash::bytes).containsExactly(c, g, l);
	}

	@Test
	void consistencyProofFromThreeToSevenIsTheRfcExample() throws Exception {
		// RFC 9162 §2.1.5 example: PROOF(3, D[7]) = [c, d, g, l].
		MerkleTree tree = treeOf(entries(7));
		byte[] c = leaf("entry-2");
		byte[] d = leaf("entry-3");
		byte[] g = node(leaf("entry-0"), leaf("entry-1"));
		byte[] l = node(node(leaf("entry-4"), leaf("entry-5")), leaf("entry-6"));

		assertThat(tree.consistencyProof(3, 7).hashes()).extracting(Hash::bytes).containsExactly(c, d, g, l);
	}

	@Test
	void consistencyProofFromFourToSevenLeavesOutTheOldRoot() throws Exception {
		// RFC 9162 §2.1.5 example: PROOF(4, D[7]) = [l], the old tree being a complete
		// subtree.
		MerkleTree tree = treeOf(entries(7));
		byte[] l = node(node(leaf("entry-4"), leaf("entry-5")), leaf("entry-6"));

		assertThat(tree.consistencyProof(4, 7).hashes()).extracting(Hash::bytes).containsExactly(l);
	}

	@Test
	void hashesPrintAsLowerCaseHexAndBase64() {
		Hash hash = new Hash(HexFormat.of().parseHex("00".repeat(31) + "ff"));

		assertThat(hash.hex()).endsWith("00ff");
		assertThat(Hash.fromBase64(hash.base64())).isEqualTo(hash);
	}

}
