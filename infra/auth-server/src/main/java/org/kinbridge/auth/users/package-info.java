/**
 * The people who may log in and the claims their tokens carry. They come from
 * configuration, so that the launcher and the auth server read one definition.
 */
package org.kinbridge.auth.users;
