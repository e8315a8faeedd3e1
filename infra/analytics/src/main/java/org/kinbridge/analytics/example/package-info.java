/**
 * A consumer of {@code kinbridge.analytics.v1} that needs nothing but kafka-clients: what
 * an outside analyst's first program looks like. It is not part of the app; it ships in
 * the jar so that it runs without a build of its own.
 */
package org.kinbridge.analytics.example;
