/**
 * Every public event as it was published, kept in the audit component's own database with
 * its headers and data bytes verbatim and a per-province arrival position. The listener
 * stores each event once (by CloudEvents id) and hands decisions to the province's log.
 */
package org.kinbridge.audit.events;
