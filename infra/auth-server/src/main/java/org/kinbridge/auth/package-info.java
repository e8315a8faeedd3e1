/**
 * The local stack's OAuth 2.1 and OpenID Connect authorization server, built on Spring
 * Authorization Server. It logs the demo users in through the authorization-code flow
 * with PKCE and issues the RS256 tokens every service already validates.
 */
package org.kinbridge.auth;
