package org.kinbridge.cases.reading;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kinbridge.cases.alternativecare.AlternativeCareProjection;
import org.kinbridge.cases.casefile.CaseFileProjection;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.duplicates.DuplicatesProjection;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a case as it stood at an instant from the case's own stored events, not from
 * the current view: the events recorded at or before the instant are read from the event
 * store (past any snapshot) and handed to the very projections that keep the case list,
 * writing into a scratch database that is dropped afterwards. The result is what the case
 * list showed at that instant, as far as the case's own events made it; flags set by
 * another case's events (a possible duplicate recorded on the other case) are not in it.
 */
@Component
public class CaseHistory {

	private final EventStore eventStore;

	private final MongoClient client;

	private final MongoTemplate mongo;

	public CaseHistory(EventStore eventStore, MongoClient client, MongoTemplate mongo) {
		this.eventStore = eventStore;
		this.client = client;
		this.mongo = mongo;
	}

	/**
	 * @return the case as it stood at {@code at}, or nothing when none of its events is
	 * that old (or it has none)
	 */
	public Optional<CaseAsOf> asOf(String caseId, Instant at) {
		List<? extends DomainEventMessage<?>> events = this.eventStore.readEvents(caseId, 0)
			.asStream()
			.filter((event) -> !event.getTimestamp().isAfter(at))
			.toList();
		if (events.isEmpty()) {
			return Optional.empty();
		}
		MongoTemplate scratch = scratch();
		try {
			List<AnnotationEventHandlerAdapter> projections = List.of(
					new AnnotationEventHandlerAdapter(new CaseFileProjection(scratch)),
					new AnnotationEventHandlerAdapter(new DuplicatesProjection(scratch)),
					new AnnotationEventHandlerAdapter(new AlternativeCareProjection(scratch)));
			for (DomainEventMessage<?> event : events) {
				for (AnnotationEventHandlerAdapter projection : projections) {
					if (projection.canHandle(event)) {
						projection.handle(event);
					}
				}
			}
			return Optional.ofNullable(scratch.findById(caseId, CaseSummary.class))
				.map((asItWas) -> new CaseAsOf(asItWas, at, events.size()));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not rebuild case " + caseId + " as of " + at, ex);
		}
		finally {
			scratch.getDb().drop();
		}
	}

	/**
	 * @return the first instant the case has an event at, if it has any
	 */
	public Optional<Instant> firstRecorded(String caseId) {
		return this.eventStore.readEvents(caseId, 0).asStream().findFirst().map(DomainEventMessage::getTimestamp);
	}

	/**
	 * A database of its own per request, beside the service's, so that two requests never
	 * see each other's documents; same mapping as the live read models.
	 */
	private MongoTemplate scratch() {
		String name = this.mongo.getDb().getName() + "_as_of_"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		return new MongoTemplate(new SimpleMongoClientDatabaseFactory(this.client, name), this.mongo.getConverter());
	}

}
