package org.kinbridge.auditlog.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.checkpoint.InvalidSignatureException;

/**
 * Checks a document signed by {@link DocumentSigner}: a signed JSON file or a signed PDF,
 * told apart by their first bytes.
 */
public final class SignedDocuments {

	private static final JsonFactory JSON = new JsonFactory();

	private SignedDocuments() {
	}

	/**
	 * Checks the signature of a signed document.
	 * @param file the document's bytes as received
	 * @param publicKey the log's public key
	 * @return a one-line description of what was verified
	 * @throws InvalidSignatureException when the document was changed or signed by
	 * another key
	 * @throws IllegalArgumentException when the file is no signed document
	 */
	public static String verify(byte[] file, PublicKey publicKey) throws InvalidSignatureException {
		String start = new String(file, 0, Math.min(file.length, 5), StandardCharsets.ISO_8859_1);
		if (start.startsWith("%PDF")) {
			return verifyPdf(file, publicKey);
		}
		return verifyJson(file, publicKey);
	}

	private static String verifyPdf(byte[] file, PublicKey publicKey) throws InvalidSignatureException {
		String text = new String(file, StandardCharsets.ISO_8859_1);
		int at = text.lastIndexOf(DocumentSigner.PDF_SIGNATURE_PREFIX);
		if (at < 0) {
			throw new IllegalArgumentException("the PDF has no KinBridge signature line at its end");
		}
		String[] parts = text.substring(at + DocumentSigner.PDF_SIGNATURE_PREFIX.length()).strip().split(" ");
		if (parts.length != 4 || !Ed25519Keys.ALGORITHM.equals(parts[0])) {
			throw new IllegalArgumentException("the PDF's signature line is malformed");
		}
		check(Arrays.copyOf(file, at), parts[1], parts[2], parts[3], publicKey);
		return "verified: PDF document signed by " + parts[1];
	}

	private static String verifyJson(byte[] file, PublicKey publicKey) throws InvalidSignatureException {
		String text = new String(file, StandardCharsets.UTF_8);
		String document = null;
		String keyName = null;
		String keyId = null;
		String value = null;
		try (JsonParser json = JSON.createParser(text)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("the file is neither a signed PDF nor a signed JSON document");
			}
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String field = json.currentName();
				JsonToken token = json.nextToken();
				if ("document".equals(field)) {
					int from = (int) json.currentTokenLocation().getCharOffset();
					json.skipChildren();
					if (!token.isStructStart()) {
						json.getText();
					}
					document = text.substring(from, (int) json.currentLocation().getCharOffset());
				}
				else if ("signature".equals(field) && token == JsonToken.START_OBJECT) {
					while (json.nextToken() == JsonToken.FIELD_NAME) {
						String name = json.currentName();
						json.nextToken();
						switch (name) {
							case "keyName" -> keyName = json.getText();
							case "keyId" -> keyId = json.getText();
							case "value" -> value = json.getText();
							default -> json.skipChildren();
						}
					}
				}
				else {
					json.skipChildren();
				}
			}
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("the file is neither a signed PDF nor JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		if (document == null || keyName == null || keyId == null || value == null) {
			throw new IllegalArgumentException(
					"the JSON file has no 'document' with a 'signature' (keyName, keyId, value)");
		}
		check(document.getBytes(StandardCharsets.UTF_8), keyName, keyId, value, publicKey);
		return "verified: JSON document signed by " + keyName;
	}

	private static void check(byte[] signed, String keyName, String keyId, String value, PublicKey publicKey)
			throws InvalidSignatureException {
		if (!HexFormat.of().formatHex(Ed25519Keys.keyId(keyName, publicKey)).equals(keyId)) {
			throw new InvalidSignatureException("the document was not signed by the given public key");
		}
		byte[] signature;
		try {
			signature = Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the document's signature is not base64");
		}
		try {
			Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
			verifier.initVerify(publicKey);
			verifier.update(signed);
			if (verifier.verify(signature)) {
				return;
			}
		}
		catch (GeneralSecurityException ex) {
			// A malformed signature is one that does not verify.
		}
		throw new InvalidSignatureException("the document's signature does not verify: it was changed after signing");
	}

}
