package org.kinbridge.analytics.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces an id by HMAC-SHA256 of the key over the kind of thing and the id. The same id
 * always gets the same pseudonym under one key, so an analyst can follow a child from the
 * need to the placement; the kind keeps a case and a child that happened to share an id
 * apart. Without the key nobody can compute a pseudonym from a known id, which a plain
 * hash of a UUID would allow.
 */
public final class Pseudonymiser {

	/**
	 * 128 bits: collisions stay out of reach at any caseload and the records stay short.
	 */
	private static final int PSEUDONYM_BYTES = 16;

	private final PseudonymKey key;

	private final SecretKeySpec spec;

	public Pseudonymiser(PseudonymKey key) {
		this.key = key;
		this.spec = new SecretKeySpec(key.secret(), "HmacSHA256");
	}

	public String keyId() {
		return this.key.id();
	}

	/**
	 * @param kind what the id names, e.g. {@code child}, {@code need}, {@code event}
	 * @param id the raw id
	 * @return the pseudonym, 32 hex digits, or {@code null} for a {@code null} id
	 */
	public String pseudonym(String kind, String id) {
		if (id == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.spec);
			byte[] digest = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK has no HmacSHA256", ex);
		}
	}

}
