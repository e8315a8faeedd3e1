package org.kinbridge.cases.alternativecare;

import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.CaseTimeLimits;

/**
 * Case files on Axon's own command bus and an in-memory event store, for tests that go
 * through a command gateway as the service does, and then read what was stored.
 */
public final class InMemoryCaseFiles implements AutoCloseable {

	private final Configuration axon;

	public InMemoryCaseFiles() {
		this.axon = DefaultConfigurer.defaultConfiguration()
			.configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
			.configureAggregate(CaseFile.class)
			.registerComponent(CaseTimeLimits.class, configuration -> CaseFileScenarios.timeLimits(Map.of()))
			.registerComponent(AlternativeCareRules.class, configuration -> AlternativeCareScenarios.rules(Map.of()))
			.buildConfiguration();
		this.axon.start();
	}

	public CommandGateway commands() {
		return this.axon.commandGateway();
	}

	/** Stores the events as the history of the case, as if its commands had run. */
	public void given(String caseId, Object... events) {
		for (int i = 0; i < events.length; i++) {
			this.axon.eventStore()
				.publish(new GenericDomainEventMessage<>(CaseFile.class.getSimpleName(), caseId, i, events[i]));
		}
	}

	/** The payloads of the case's history, oldest first. */
	public List<Object> history(String caseId) {
		return this.axon.eventStore().readEvents(caseId).asStream().map(event -> (Object) event.getPayload()).toList();
	}

	@Override
	public void close() {
		this.axon.shutdown();
	}

}
