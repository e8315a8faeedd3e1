package org.kinbridge.auditlog.document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

import org.kinbridge.auditlog.checkpoint.Ed25519Keys;

/**
 * Signs exported documents with the log's Ed25519 key. A JSON document is wrapped as
 * {@code {"document":<the JSON as signed>,"signature":{...}}}; a PDF gets one comment
 * line after its end, which PDF readers ignore, holding the signature over every byte
 * before it. Both forms keep the signed bytes verbatim, so no canonicalisation is needed
 * to check them (see {@link SignedDocuments}).
 */
public final class DocumentSigner {

	static final String PDF_SIGNATURE_PREFIX = "\n%KinBridge-Signature ";

	private final String keyName;

	private final KeyPair keyPair;

	private final String keyId;

	public DocumentSigner(String keyName, KeyPair keyPair) {
		this.keyName = keyName;
		this.keyPair = keyPair;
		this.keyId = HexFormat.of().formatHex(Ed25519Keys.keyId(keyName, keyPair.getPublic()));
	}

	public String keyName() {
		return this.keyName;
	}

	/**
	 * Wraps a JSON document with its signature.
	 * @param documentJson one JSON value; its UTF-8 bytes are what is signed
	 * @return the signed file's bytes
	 */
	public byte[] signJson(String documentJson) {
		String signature = Base64.getEncoder().encodeToString(sign(documentJson.getBytes(StandardCharsets.UTF_8)));
		String text = "{\"document\":" + documentJson + ",\"signature\":{\"algorithm\":\"" + Ed25519Keys.ALGORITHM
				+ "\",\"keyName\":\"" + this.keyName + "\",\"keyId\":\"" + this.keyId + "\",\"value\":\"" + signature
				+ "\"}}\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Appends the signature line to a PDF.
	 * @param pdf the PDF's bytes, which are what is signed
	 * @return the signed file's bytes
	 */
	public byte[] signPdf(byte[] pdf) {
		String line = PDF_SIGNATURE_PREFIX + Ed25519Keys.ALGORITHM + " " + this.keyName + " " + this.keyId + " "
				+ Base64.getEncoder().encodeToString(sign(pdf)) + "\n";
		byte[] trailer = line.getBytes(StandardCharsets.US_ASCII);
		byte[] signed = new byte[pdf.length + trailer.length];
		System.arraycopy(pdf, 0, signed, 0, pdf.length);
		System.arraycopy(trailer, 0, signed, pdf.length, trailer.length);
		return signed;
	}

	private byte[] sign(byte[] bytes) {
		try {
			Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
			signer.initSign(this.keyPair.getPrivate());
			signer.update(bytes);
			return signer.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign with the " + this.keyName + " key", ex);
		}
	}

}
