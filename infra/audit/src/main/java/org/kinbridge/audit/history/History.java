package org.kinbridge.audit.history;

import java.util.List;

/**
 * The history of one case or caregiver.
 *
 * @param id the case or caregiver id
 * @param provinceCode the province it belongs to (the first event's)
 * @param entries its events in order
 */
public record History(String id, String provinceCode, List<HistoryEntry> entries) {
}
