/**
 * What a leaf of the audit log is: a decision event as published and its canonical,
 * versioned byte layout. The layout is fixed and documented so that anyone can recompute
 * a leaf from an exported event with any language and no KinBridge code.
 */
package org.kinbridge.auditlog.event;
