package org.kinbridge.localstack.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.kinbridge.localstack.StackException;

/**
 * The local signing key pair, made once and kept: {@code private.pem} (PKCS#8) and
 * {@code public.pem} (X.509 SubjectPublicKeyInfo, the format Spring's
 * {@code public-key-location} reads). The auth server signs with it; keeping it means
 * tokens issued before a restart stay valid until they expire.
 */
public final class JwtKeys {

	private static final String PRIVATE = "PRIVATE KEY";

	private static final String PUBLIC = "PUBLIC KEY";

	private final RSAPublicKey publicKey;

	private final RSAPrivateKey privateKey;

	private final Path publicKeyFile;

	private final Path privateKeyFile;

	private JwtKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey, Path publicKeyFile, Path privateKeyFile) {
		this.publicKey = publicKey;
		this.privateKey = privateKey;
		this.publicKeyFile = publicKeyFile;
		this.privateKeyFile = privateKeyFile;
	}

	/**
	 * Reads the key pair in {@code dir}, creating it first if there is none.
	 */
	public static JwtKeys loadOrCreate(Path dir) {
		Path privateFile = dir.resolve("private.pem");
		Path publicFile = dir.resolve("public.pem");
		try {
			if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
				create(dir, privateFile, publicFile);
			}
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPrivateKey privateKey = (RSAPrivateKey) rsa
				.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile, PRIVATE)));
			RSAPublicKey publicKey = (RSAPublicKey) rsa
				.generatePublic(new X509EncodedKeySpec(readPem(publicFile, PUBLIC)));
			return new JwtKeys(publicKey, privateKey, publicFile.toAbsolutePath(), privateFile.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new StackException("The JWT keys in " + dir + " are damaged (" + ex.getMessage()
					+ "): delete that folder to make new ones.");
		}
	}

	private static void create(Path dir, Path privateFile, Path publicFile)
			throws IOException, GeneralSecurityException {
		Files.createDirectories(dir);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		Files.writeString(privateFile, pem(PRIVATE, pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
		try {
			Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the data folder's own permissions apply.
		}
		Files.writeString(publicFile, pem(PUBLIC, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private static byte[] readPem(Path file, String type) throws IOException {
		String text = Files.readString(file, StandardCharsets.US_ASCII);
		String begin = "-----BEGIN " + type + "-----";
		String end = "-----END " + type + "-----";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException(file.getFileName() + " is not a PEM '" + type + "'");
		}
		return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
	}

	public RSAPublicKey publicKey() {
		return this.publicKey;
	}

	/**
	 * The launcher signs nothing itself; tests use the key to make tokens that are wrong
	 * only in one respect, such as their expiry or issuer.
	 */
	public RSAPrivateKey privateKey() {
		return this.privateKey;
	}

	/** The absolute path of {@code private.pem}, which the auth server reads. */
	public Path privateKeyFile() {
		return this.privateKeyFile;
	}

	/** The absolute path of {@code public.pem}. */
	public Path publicKeyFile() {
		return this.publicKeyFile;
	}

}
