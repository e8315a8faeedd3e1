/**
 * The pseudonymiser: each public decision event of the three service topics becomes one
 * analytics record on {@code kinbridge.analytics.v1}, built from an allow-list of fields
 * per event type, so a field no one reviewed never leaves. Event types without a reviewed
 * allow-list are skipped and counted, not passed through.
 */
package org.kinbridge.analytics.stream;
