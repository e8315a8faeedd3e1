package org.kinbridge.auditlog.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashing of RFC 9162 §2.1.1 with SHA-256. Leaves and interior nodes get different
 * one-byte prefixes so that no leaf can be passed off as a node (the second-preimage
 * attack the RFC closes this way).
 */
public final class MerkleHashes {

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	// MessageDigest.getInstance looks the provider up on every call, which dominated the
	// cost
	// of rebuilding large trees; a digest per thread is reset by each digest() call.
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MerkleHashes::newSha256);

	private static final Hash EMPTY_ROOT = new Hash(newSha256().digest());

	private MerkleHashes() {
	}

	/**
	 * The Merkle Tree Hash of a tree with no entries: SHA-256 of the empty string.
	 * @return the empty root
	 */
	public static Hash emptyRoot() {
		return EMPTY_ROOT;
	}

	/**
	 * SHA-256(0x00 || entry).
	 * @param entry the leaf's bytes
	 * @return the leaf hash
	 */
	public static Hash leafHash(byte[] entry) {
		MessageDigest digest = sha256();
		digest.update(LEAF_PREFIX);
		digest.update(entry);
		return new Hash(digest.digest());
	}

	/**
	 * SHA-256(0x01 || left || right).
	 * @param left the left child's hash
	 * @param right the right child's hash
	 * @return the parent's hash
	 */
	public static Hash nodeHash(Hash left, Hash right) {
		MessageDigest digest = sha256();
		digest.update(NODE_PREFIX);
		left.writeTo(digest);
		right.writeTo(digest);
		return new Hash(digest.digest());
	}

	static MessageDigest sha256() {
		return SHA256.get();
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java SE platform must provide SHA-256.
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The largest power of two strictly smaller than {@code n}: where RFC 9162 splits a
	 * tree of {@code n} leaves into its left and right subtrees.
	 * @param n a size of at least 2
	 * @return the split point k, with k &lt; n &lt;= 2k
	 */
	static long splitPoint(long n) {
		return Long.highestOneBit(n - 1);
	}

}
