/**
 * A MongoDB wire-protocol server backed by an H2 MVStore file that commits before it
 * acknowledges. An acknowledged write therefore survives the process being killed, which
 * the default backend's delayed auto-commit does not guarantee.
 */
package org.kinbridge.embedded.mongo;
