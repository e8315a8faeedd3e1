/**
 * Where the stack lives and which ports it uses, read from system properties and
 * {@code KINBRIDGE_*} environment variables. The port check runs before anything starts,
 * so a clash is reported in one line instead of as a half-started platform.
 */
package org.kinbridge.localstack.config;
