package org.kinbridge.analytics.progress;

import java.util.List;

import org.bson.Document;

import org.springframework.data.annotation.Id;

/**
 * An analytics record as kept for the figures: already pseudonymised, so keeping it keeps
 * nothing personal.
 *
 * @param id the record's CloudEvents id
 * @param type the analytics record type
 * @param provinces the provinces whose figures it counts in: its own, and for a case
 * handed over across provinces both sides
 * @param on the day of the event
 * @param data the record's data
 */
@org.springframework.data.mongodb.core.mapping.Document(StoredRecord.COLLECTION)
public record StoredRecord(@Id String id, String type, List<String> provinces, String on, Document data) {

	public static final String COLLECTION = "analytics_records";

}
