/**
 * What the issued tokens carry and what signs them. The key pair is the launcher's, so
 * the services' trust in its public key does not change.
 */
package org.kinbridge.auth.tokens;
