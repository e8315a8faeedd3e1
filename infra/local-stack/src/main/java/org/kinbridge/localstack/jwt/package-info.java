/**
 * Local identity: the RSA key pair the auth server signs with, kept in the data
 * directory, and the demo users' tokens, fetched from the auth server through the real
 * login flow. The key outlives restarts, so a token stays valid until it expires.
 */
package org.kinbridge.localstack.jwt;
