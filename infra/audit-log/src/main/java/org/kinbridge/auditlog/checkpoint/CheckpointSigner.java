package org.kinbridge.auditlog.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.List;

/**
 * Signs checkpoints with the log's Ed25519 key under a key name (e.g.
 * {@code kinbridge-audit-91}). The platform holds one per province log; auditors get only
 * the public half.
 */
public final class CheckpointSigner {

	private final String keyName;

	private final KeyPair keyPair;

	private final byte[] keyId;

	public CheckpointSigner(String keyName, KeyPair keyPair) {
		this.keyName = keyName;
		this.keyPair = keyPair;
		this.keyId = Ed25519Keys.keyId(keyName, keyPair.getPublic());
	}

	public String keyName() {
		return this.keyName;
	}

	/**
	 * Signs the checkpoint's body.
	 * @param checkpoint the checkpoint
	 * @return the checkpoint with one signature line
	 */
	public SignedCheckpoint sign(Checkpoint checkpoint) {
		try {
			Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
			signer.initSign(this.keyPair.getPrivate());
			signer.update(checkpoint.body().getBytes(StandardCharsets.UTF_8));
			return new SignedCheckpoint(checkpoint,
					List.of(new NoteSignature(this.keyName, this.keyId, signer.sign())));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign with the " + this.keyName + " key", ex);
		}
	}

}
