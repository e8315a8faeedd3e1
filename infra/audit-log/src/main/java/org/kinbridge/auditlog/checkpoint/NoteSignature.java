package org.kinbridge.auditlog.checkpoint;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One signature line of a signed note:
 * {@code — <key name> <base64(key id || signature)>}, with an em dash (U+2014) as in C2SP
 * signed-note.
 *
 * @param keyName the name of the signing key
 * @param keyId the four-byte C2SP key id
 * @param signature the 64-byte Ed25519 signature over the note body
 */
public record NoteSignature(String keyName, byte[] keyId, byte[] signature) {

	static final String PREFIX = "\u2014 ";

	public NoteSignature {
		Ed25519Keys.requireKeyName(keyName);
		if (keyId == null || keyId.length != 4) {
			throw new IllegalArgumentException("a key id has 4 bytes");
		}
		Objects.requireNonNull(signature, "a signature line needs a signature");
		keyId = keyId.clone();
		signature = signature.clone();
	}

	@Override
	public byte[] keyId() {
		return this.keyId.clone();
	}

	@Override
	public byte[] signature() {
		return this.signature.clone();
	}

	public String keyIdHex() {
		return HexFormat.of().formatHex(this.keyId);
	}

	String line() {
		byte[] payload = new byte[4 + this.signature.length];
		System.arraycopy(this.keyId, 0, payload, 0, 4);
		System.arraycopy(this.signature, 0, payload, 4, this.signature.length);
		return PREFIX + this.keyName + " " + Base64.getEncoder().encodeToString(payload) + "\n";
	}

	static NoteSignature parseLine(String line) {
		if (!line.startsWith(PREFIX)) {
			throw new IllegalArgumentException("signature line must start with an em dash and a space");
		}
		String[] parts = line.substring(PREFIX.length()).split(" ", -1);
		if (parts.length != 2) {
			throw new IllegalArgumentException("signature line must be '\u2014 <key name> <base64>'");
		}
		byte[] payload;
		try {
			payload = Base64.getDecoder().decode(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("signature of key '" + parts[0] + "' is not base64");
		}
		if (payload.length < 5) {
			throw new IllegalArgumentException("signature of key '" + parts[0] + "' is too short");
		}
		return new NoteSignature(parts[0], Arrays.copyOf(payload, 4), Arrays.copyOfRange(payload, 4, payload.length));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NoteSignature that && this.keyName.equals(that.keyName)
				&& Arrays.equals(this.keyId, that.keyId) && Arrays.equals(this.signature, that.signature);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.keyName, Arrays.hashCode(this.keyId), Arrays.hashCode(this.signature));
	}

	@Override
	public String toString() {
		return "NoteSignature[" + this.keyName + " " + keyIdHex() + "]";
	}

}
