package org.kinbridge.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The architecture rules every service is held to, one rule per sentence. Each service's
 * {@code ArchitectureTest} applies them to its own classes, so that the three stay alike.
 */
public final class ArchitectureRules {

	private static final List<String> SERVICES = List.of("org.kinbridge.cases", "org.kinbridge.family",
			"org.kinbridge.matching");

	private ArchitectureRules() {
	}

	/** No service imports another: they talk through the public events only. */
	public static ArchRule servicesDoNotImportEachOther(String ownPackage) {
		String[] others = SERVICES.stream()
			.filter(p -> !p.equals(ownPackage))
			.map(p -> p + "..")
			.toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage(ownPackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.because("services talk only through versioned Kafka events");
	}

	/** Commands and events do not know about HTTP, Kafka or the database. */
	public static ArchRule messagesDoNotDependOnInfrastructure() {
		return noClasses().that()
			.resideInAPackage("..api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "org.apache.kafka..", "com.mongodb..",
					"org.kinbridge.contracts..")
			.because("stored events must outlive the technology around them");
	}

	/** Aggregates decide from their inputs: time and ids come from outside. */
	public static ArchRule aggregatesDoNotReadTheClockOrMakeIds() {
		return noClasses().that()
			.areAnnotatedWith(Aggregate.class)
			.should()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.util.UUID.class, "randomUUID")
			.because("the same command must lead to the same events (style guide: time, ids and randomness)");
	}

	/**
	 * Internal events never leave the service: aggregates do not touch the public
	 * contracts or Kafka.
	 */
	public static ArchRule aggregatesDoNotPublishPublicEvents() {
		return noClasses().that()
			.areAnnotatedWith(Aggregate.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.kinbridge.contracts..", "org.apache.kafka..", "org.springframework.kafka..")
			.because("a translator publishes the public form of internal events");
	}

	/** Every stored event carries a revision, so that a later shape can be upcast. */
	public static ArchRule storedEventsCarryARevision() {
		return methods().that()
			.areAnnotatedWith(EventSourcingHandler.class)
			.should(new ArchCondition<JavaMethod>("take an event annotated with @Revision") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					for (JavaClass parameter : method.getRawParameterTypes()) {
						if (!parameter.isAnnotatedWith(Revision.class)) {
							events.add(SimpleConditionEvent.violated(method,
									parameter.getName() + " handled by " + method.getFullName() + " has no @Revision"));
						}
					}
				}
			});
	}

}
