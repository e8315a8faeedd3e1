package org.kinbridge.audit.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;

import org.kinbridge.auditlog.checkpoint.CheckpointSigner;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.document.DocumentSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit component's Ed25519 key. The PEM file holds the PKCS#8 {@code PRIVATE KEY}
 * and the X.509 {@code PUBLIC KEY} blocks (the JDK cannot derive the one from the other).
 * Locally a missing file is generated, with the public half written beside it for
 * auditors and logged; production mounts the secret and turns generation off.
 */
public final class SigningKey {

	private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

	private final KeyPair keyPair;

	private SigningKey(KeyPair keyPair) {
		this.keyPair = keyPair;
	}

	/**
	 * @param file the PEM file
	 * @param generateIfAbsent whether a missing file is made
	 * @return the key
	 * @throws IllegalStateException with a one-line reason when the key cannot be had
	 */
	public static SigningKey load(Path file, boolean generateIfAbsent) {
		try {
			if (!Files.exists(file)) {
				if (!generateIfAbsent) {
					throw new IllegalStateException("No audit signing key at " + file.toAbsolutePath()
							+ "; set KINBRIDGE_AUDIT_SIGNING_KEY to the PEM file of the Ed25519 key");
				}
				return generate(file);
			}
			String pem = Files.readString(file, StandardCharsets.ISO_8859_1);
			KeyPair keys = new KeyPair(Ed25519Keys.parsePublicKey(pem), Ed25519Keys.parsePrivateKey(pem));
			log.info("Audit signing key loaded from {}; note verifier key {}", file,
					Ed25519Keys.noteVerifierKey("kinbridge-audit", keys.getPublic()));
			return new SigningKey(keys);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The audit signing key " + file + " is unusable: " + ex.getMessage()
					+ " (the file needs a PRIVATE KEY and a PUBLIC KEY block)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit signing key " + file, ex);
		}
	}

	private static SigningKey generate(Path file) throws IOException {
		KeyPair keys = Ed25519Keys.generate();
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Files.writeString(file,
				Ed25519Keys.privateKeyPem(keys.getPrivate()) + Ed25519Keys.publicKeyPem(keys.getPublic()),
				StandardCharsets.US_ASCII);
		Path publicFile = folder.resolve("audit-public-key.pem");
		Ed25519Keys.writePublicKey(publicFile, keys.getPublic());
		log.warn("Generated a new audit signing key at {} (local use only); auditors verify with {}:\n{}", file,
				publicFile, Ed25519Keys.publicKeyPem(keys.getPublic()));
		return new SigningKey(keys);
	}

	public static SigningKey of(KeyPair keyPair) {
		return new SigningKey(keyPair);
	}

	public PublicKey publicKey() {
		return this.keyPair.getPublic();
	}

	/**
	 * @param province a province code
	 * @return the signer of that province's checkpoints, key name
	 * {@code kinbridge-audit-<code>}
	 */
	public CheckpointSigner checkpointSigner(String province) {
		return new CheckpointSigner("kinbridge-audit-" + province, this.keyPair);
	}

	public DocumentSigner documentSigner() {
		return new DocumentSigner("kinbridge-audit", this.keyPair);
	}

}
