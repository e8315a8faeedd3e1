package org.kinbridge.auditlog.merkle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 value: a leaf hash, a node hash or a root. A record over a copied array, with
 * equality by content, so that hashes can be compared and kept in maps without surprises.
 *
 * @param bytes the 32 bytes of the hash
 */
public record Hash(byte[] bytes) {

	public static final int LENGTH = 32;

	public Hash {
		if (bytes == null || bytes.length != LENGTH) {
			throw new IllegalArgumentException(
					"a SHA-256 hash has " + LENGTH + " bytes, got " + ((bytes != null) ? bytes.length : "none"));
		}
		bytes = bytes.clone();
	}

	/**
	 * Reads a hash written in standard base64, the form used by checkpoints and proof
	 * files.
	 * @param base64 the encoded hash
	 * @return the hash
	 * @throws IllegalArgumentException when the text is not base64 of 32 bytes
	 */
	public static Hash fromBase64(String base64) {
		try {
			return new Hash(Base64.getDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("not a base64 SHA-256 hash: '" + base64 + "'");
		}
	}

	@Override
	public byte[] bytes() {
		return this.bytes.clone();
	}

	public String base64() {
		return Base64.getEncoder().encodeToString(this.bytes);
	}

	public String hex() {
		return HexFormat.of().formatHex(this.bytes);
	}

	void writeTo(MessageDigest digest) {
		digest.update(this.bytes);
	}

	@Override
	public boolean equals(Object other) {
		// Constant time, as a habit for values that are compared against attacker input.
		return other instanceof Hash hash && MessageDigest.isEqual(this.bytes, hash.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bytes);
	}

	@Override
	public String toString() {
		return base64();
	}

}
