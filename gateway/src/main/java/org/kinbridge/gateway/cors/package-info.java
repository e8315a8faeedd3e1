/**
 * Cross-origin rules for the browser client, applied before the token is checked so that
 * a preflight needs no token. An origin that is not listed is refused with a problem.
 */
package org.kinbridge.gateway.cors;
