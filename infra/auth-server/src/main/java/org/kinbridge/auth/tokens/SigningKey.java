package org.kinbridge.auth.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.core.io.Resource;

/**
 * The RSA key pair that signs every token, read from PEM files the launcher made, so that
 * services holding the public key trust the tokens without asking this server.
 */
public final class SigningKey {

	private SigningKey() {
	}

	/**
	 * Reads the pair; the key id is the public key's RFC 7638 thumbprint, so it stays the
	 * same across restarts as long as the key does.
	 * @throws IllegalStateException with a one-line reason when a file is missing,
	 * damaged, or the two keys do not belong together
	 */
	public static RSAKey read(Resource privateKey, Resource publicKey) {
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPrivateKey secret = (RSAPrivateKey) rsa
				.generatePrivate(new PKCS8EncodedKeySpec(pem(privateKey, "PRIVATE KEY")));
			RSAPublicKey open = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(pem(publicKey, "PUBLIC KEY")));
			if (secret instanceof RSAPrivateCrtKey crt && !(crt.getModulus().equals(open.getModulus())
					&& crt.getPublicExponent().equals(open.getPublicExponent()))) {
				throw new IllegalStateException(describe(privateKey) + " and " + describe(publicKey)
						+ " are not one key pair: tokens would not verify");
			}
			RSAKey key = new RSAKey.Builder(open).privateKey(secret)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
			return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
		}
		catch (GeneralSecurityException | IllegalArgumentException | JOSEException ex) {
			throw new IllegalStateException("Cannot read the signing key from " + describe(privateKey) + " and "
					+ describe(publicKey) + ": " + ex.getMessage());
		}
	}

	private static byte[] pem(Resource resource, String type) {
		if (!resource.exists()) {
			throw new IllegalStateException(describe(resource) + " does not exist: start the local stack once "
					+ "(it makes the key pair) or set KINBRIDGE_AUTH_PRIVATE_KEY and KINBRIDGE_AUTH_PUBLIC_KEY");
		}
		String text;
		try (InputStream in = resource.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + describe(resource) + ": " + ex.getMessage());
		}
		String begin = "-----BEGIN " + type + "-----";
		String end = "-----END " + type + "-----";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalStateException(describe(resource) + " is not a PEM '" + type + "'");
		}
		return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
	}

	private static String describe(Resource resource) {
		return resource.getDescription();
	}

}
