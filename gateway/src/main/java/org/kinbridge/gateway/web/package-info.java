/**
 * The web client's static files at {@code /app/}, public like any page, and the one
 * setting the browser needs to log in: which authorization server to use. The client
 * itself calls only the public API, with the token it got there.
 */
package org.kinbridge.gateway.web;
