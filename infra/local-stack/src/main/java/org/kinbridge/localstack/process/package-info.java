/**
 * Child processes of the local stack: how each is started, where its output goes, and how
 * it is restarted when it dies and stopped in order at the end. Each child runs in a JVM
 * of its own, so one crashing or being killed leaves the others running.
 */
package org.kinbridge.localstack.process;
