package org.kinbridge.analytics.pseudonym;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Reads the deployment's key from a file holding the secret in Base64. Locally and in
 * tests a missing file is created with a fresh secret; a production deployment turns that
 * off, because every replica would otherwise invent its own key and the same child would
 * get a different pseudonym on each.
 */
public final class PseudonymKeyFile {

	private PseudonymKeyFile() {
	}

	/**
	 * @param file where the key lives
	 * @param generateIfMissing whether to create a missing file with a new key
	 * @param random the source of a new key
	 * @return the key
	 * @throws IllegalStateException with a one-line reason when there is no usable key
	 */
	public static PseudonymKey read(Path file, boolean generateIfMissing, SecureRandom random) {
		try {
			if (!Files.exists(file)) {
				if (!generateIfMissing) {
					throw new IllegalStateException("No analytics pseudonym key at " + file.toAbsolutePath()
							+ " (set KINBRIDGE_ANALYTICS_KEY_FILE to a file with at least " + PseudonymKey.MIN_BYTES
							+ " random bytes in Base64)");
				}
				generate(file, random);
			}
			String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
			byte[] secret;
			try {
				secret = Base64.getDecoder().decode(text);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("The analytics pseudonym key at " + file.toAbsolutePath()
						+ " is not Base64: " + ex.getMessage());
			}
			try {
				return new PseudonymKey(secret);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(ex.getMessage() + " in " + file.toAbsolutePath());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the analytics pseudonym key at " + file.toAbsolutePath(), ex);
		}
	}

	private static void generate(Path file, SecureRandom random) throws IOException {
		byte[] secret = new byte[PseudonymKey.MIN_BYTES];
		random.nextBytes(secret);
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path partial = Files.createTempFile(parent, ".analytics-key", ".tmp");
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
		}
		Files.writeString(partial, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
		try {
			// Two processes starting together must end up with one key, not one each.
			Files.move(partial, file);
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			Files.deleteIfExists(partial);
		}
	}

}
