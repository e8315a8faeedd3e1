package org.kinbridge.auditlog.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Ed25519 keys with the JDK's own provider, in the PEM files every tool reads: a PKCS#8
 * {@code PRIVATE KEY} for the platform and an X.509 {@code PUBLIC KEY} for auditors (the
 * same files {@code openssl genpkey -algorithm ed25519} writes). Also the C2SP
 * signed-note key id, which lets a verifier pick the right signature line and lets
 * standard note tools read our checkpoints.
 */
public final class Ed25519Keys {

	public static final String ALGORITHM = "Ed25519";

	// DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (OID 1.3.101.112); the raw
	// 32-byte key follows it.
	private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private static final Pattern KEY_NAME = Pattern.compile("[^\\s+]+");

	private static final byte SIGNATURE_TYPE_ED25519 = 0x01;

	private Ed25519Keys() {
	}

	public static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("this JVM has no Ed25519 (Java 15 or later needed)", ex);
		}
	}

	/**
	 * The 32 bytes of an Ed25519 public key.
	 * @param publicKey a JDK Ed25519 public key
	 * @return the raw key
	 */
	public static byte[] rawPublicKey(PublicKey publicKey) {
		byte[] encoded = publicKey.getEncoded();
		if (encoded.length != SPKI_PREFIX.length + 32
				|| !Arrays.equals(Arrays.copyOf(encoded, SPKI_PREFIX.length), SPKI_PREFIX)) {
			throw new IllegalArgumentException("not an Ed25519 public key");
		}
		return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
	}

	/**
	 * The C2SP signed-note key id: the first four bytes of SHA-256(name || 0x0A || 0x01
	 * || raw public key).
	 * @param keyName the key's name as it appears on signature lines
	 * @param publicKey the key
	 * @return the four-byte id
	 */
	public static byte[] keyId(String keyName, PublicKey publicKey) {
		requireKeyName(keyName);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(keyName.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(SIGNATURE_TYPE_ED25519);
			digest.update(rawPublicKey(publicKey));
			return Arrays.copyOf(digest.digest(), 4);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The verifier key in the one-line form of C2SP signed notes
	 * ({@code name+hexid+base64(0x01 || key)}), for auditors who check with other tools.
	 * @param keyName the key name
	 * @param publicKey the key
	 * @return the vkey line
	 */
	public static String noteVerifierKey(String keyName, PublicKey publicKey) {
		byte[] typed = new byte[33];
		typed[0] = SIGNATURE_TYPE_ED25519;
		System.arraycopy(rawPublicKey(publicKey), 0, typed, 1, 32);
		return keyName + "+" + HexFormat.of().formatHex(keyId(keyName, publicKey)) + "+"
				+ Base64.getEncoder().encodeToString(typed);
	}

	static void requireKeyName(String keyName) {
		if (keyName == null || !KEY_NAME.matcher(keyName).matches()) {
			throw new IllegalArgumentException("a key name is non-empty text without spaces or '+'");
		}
	}

	public static String publicKeyPem(PublicKey publicKey) {
		rawPublicKey(publicKey);
		return pem("PUBLIC KEY", publicKey.getEncoded());
	}

	public static String privateKeyPem(PrivateKey privateKey) {
		if (!ALGORITHM.equals(privateKey.getAlgorithm()) && !"EdDSA".equals(privateKey.getAlgorithm())) {
			throw new IllegalArgumentException("not an Ed25519 private key");
		}
		return pem("PRIVATE KEY", privateKey.getEncoded());
	}

	public static void writePublicKey(Path file, PublicKey publicKey) throws IOException {
		Files.writeString(file, publicKeyPem(publicKey), StandardCharsets.US_ASCII);
	}

	public static void writePrivateKey(Path file, PrivateKey privateKey) throws IOException {
		Files.writeString(file, privateKeyPem(privateKey), StandardCharsets.US_ASCII);
	}

	/**
	 * Reads an X.509 {@code PUBLIC KEY} PEM file.
	 * @param file the file
	 * @return the key
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException when it holds no Ed25519 public key
	 */
	public static PublicKey readPublicKey(Path file) throws IOException {
		// Latin-1 reads any bytes, so a wrong file is reported as holding no key rather
		// than
		// as a decoding error; a PEM block itself is ASCII.
		return parsePublicKey(Files.readString(file, StandardCharsets.ISO_8859_1));
	}

	/**
	 * Reads a PKCS#8 {@code PRIVATE KEY} PEM file.
	 * @param file the file
	 * @return the key
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException when it holds no Ed25519 private key
	 */
	public static PrivateKey readPrivateKey(Path file) throws IOException {
		return parsePrivateKey(Files.readString(file, StandardCharsets.ISO_8859_1));
	}

	public static PublicKey parsePublicKey(String pem) {
		try {
			PublicKey key = KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new X509EncodedKeySpec(unpem(pem, "PUBLIC KEY")));
			rawPublicKey(key);
			return key;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not an Ed25519 public key in X.509 PEM form");
		}
	}

	public static PrivateKey parsePrivateKey(String pem) {
		try {
			return KeyFactory.getInstance(ALGORITHM)
				.generatePrivate(new PKCS8EncodedKeySpec(unpem(pem, "PRIVATE KEY")));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 PEM form");
		}
	}

	private static String pem(String label, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
	}

	private static byte[] unpem(String pem, String label) {
		String begin = "-----BEGIN " + label + "-----";
		String end = "-----END " + label + "-----";
		int from = pem.indexOf(begin);
		int to = pem.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("no '" + begin + "' block in the key file");
		}
		try {
			return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the " + label + " block is not base64");
		}
	}

}
