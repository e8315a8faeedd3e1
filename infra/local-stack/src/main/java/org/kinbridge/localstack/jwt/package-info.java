/**
 * Local identity: an RSA key pair kept in the data directory, and RS256 tokens for the
 * demo users with the platform's claims. The services trust the public key through
 * {@code KINBRIDGE_JWT_PUBLIC_KEY}, as they would trust an identity provider's in
 * production.
 */
package org.kinbridge.localstack.jwt;
