package org.kinbridge.auditlog.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A checkpoint with its signatures, in the C2SP signed-note text form that is published
 * on the checkpoint topic and kept outside the platform:
 *
 * <pre>
 * kinbridge/province/91
 * 1024
 * 3k8K...=
 * time 2026-11-29T07:50:00Z
 *
 * — kinbridge-audit-91 AbCd...=
 * </pre>
 *
 * The body, an empty line, then one or more signature lines. Each signature is Ed25519
 * over the body's UTF-8 bytes, newline included. More than one line leaves room for
 * witnesses to co-sign later.
 *
 * @param checkpoint the signed checkpoint
 * @param signatures the signature lines, in order
 */
public record SignedCheckpoint(Checkpoint checkpoint, List<NoteSignature> signatures) {

	public SignedCheckpoint {
		Objects.requireNonNull(checkpoint, "no checkpoint");
		signatures = List.copyOf(signatures);
		if (signatures.isEmpty()) {
			throw new IllegalArgumentException("a signed checkpoint needs at least one signature line");
		}
	}

	public String text() {
		StringBuilder text = new StringBuilder(this.checkpoint.body()).append('\n');
		this.signatures.forEach((signature) -> text.append(signature.line()));
		return text.toString();
	}

	/**
	 * Reads the text form.
	 * @param text a signed checkpoint
	 * @return the checkpoint and its signature lines, not yet verified
	 * @throws IllegalArgumentException with a one-line reason when the text is malformed
	 */
	public static SignedCheckpoint parse(String text) {
		int split = text.indexOf("\n\n");
		if (split < 0) {
			throw new IllegalArgumentException("checkpoint has no empty line between body and signatures");
		}
		Checkpoint checkpoint = Checkpoint.parseBody(text.substring(0, split + 1));
		String rest = text.substring(split + 2);
		if (!rest.endsWith("\n")) {
			throw new IllegalArgumentException("checkpoint must end with a newline");
		}
		List<NoteSignature> signatures = new ArrayList<>();
		for (String line : rest.substring(0, rest.length() - 1).split("\n", -1)) {
			signatures.add(NoteSignature.parseLine(line));
		}
		return new SignedCheckpoint(checkpoint, signatures);
	}

	/**
	 * Checks that the holder of {@code publicKey} signed this checkpoint's body.
	 * @param publicKey the log's public key, as the auditor keeps it
	 * @throws InvalidSignatureException when no signature line verifies under that key
	 */
	public void verify(PublicKey publicKey) throws InvalidSignatureException {
		byte[] body = this.checkpoint.body().getBytes(StandardCharsets.UTF_8);
		boolean keySigned = false;
		for (NoteSignature line : this.signatures) {
			// The key id binds the line's name to the key, so a line naming another key
			// (a
			// witness, say) is skipped, not counted as a failure.
			if (!Arrays.equals(line.keyId(), Ed25519Keys.keyId(line.keyName(), publicKey))) {
				continue;
			}
			keySigned = true;
			if (verifies(publicKey, body, line.signature())) {
				return;
			}
		}
		if (!keySigned) {
			throw new InvalidSignatureException(
					"checkpoint of " + this.checkpoint.origin() + " has no signature by the given public key");
		}
		throw new InvalidSignatureException("checkpoint signature of " + this.checkpoint.origin()
				+ " does not verify: the checkpoint was changed after signing");
	}

	private static boolean verifies(PublicKey publicKey, byte[] body, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
			verifier.initVerify(publicKey);
			verifier.update(body);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			// A malformed signature is a signature that does not verify.
			return false;
		}
	}

}
