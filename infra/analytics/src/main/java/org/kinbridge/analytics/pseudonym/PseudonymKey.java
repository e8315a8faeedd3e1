package org.kinbridge.analytics.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The secret of one deployment's pseudonyms. Its id is derived from the secret by a
 * one-way hash, so every record can name the key it was made with and a rotated key is
 * told apart without anyone having to name it, while the id reveals nothing of the
 * secret.
 */
public final class PseudonymKey {

	/** Shorter keys are refused: HMAC-SHA256 is only as strong as its key. */
	public static final int MIN_BYTES = 32;

	private final byte[] secret;

	private final String id;

	public PseudonymKey(byte[] secret) {
		if (secret == null || secret.length < MIN_BYTES) {
			throw new IllegalArgumentException("An analytics pseudonym key needs at least " + MIN_BYTES + " bytes, got "
					+ ((secret != null) ? secret.length : 0));
		}
		this.secret = secret.clone();
		this.id = "k-" + HexFormat.of().formatHex(Arrays.copyOf(sha256(this.secret), 6));
	}

	/**
	 * @return the key id every analytics record carries, e.g. {@code k-3f9a1c07b2d4}
	 */
	public String id() {
		return this.id;
	}

	byte[] secret() {
		return this.secret.clone();
	}

	private static byte[] sha256(byte[] secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update("kinbridge-analytics-key-id:".getBytes(StandardCharsets.UTF_8));
			return digest.digest(secret);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK has no SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		// Never the secret, even in a log line or a debugger.
		return "PseudonymKey[" + this.id + "]";
	}

}
