package org.kinbridge.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The architecture rules every service is held to, one rule per sentence. Each service's
 * {@code ArchitectureTest} includes them with
 * {@code ArchTests.in(ArchitectureRules.class)}, so that the three stay alike.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	@ArchTest
	public static final ArchRule services_do_not_import_each_other = slices()
		.matching("org.kinbridge.(cases|family|matching)..")
		.should()
		.notDependOnEachOther()
		.allowEmptyShould(true)
		.because("services talk only through versioned Kafka events");

	@ArchTest
	public static final ArchRule messages_do_not_depend_on_infrastructure = noClasses().that()
		.resideInAPackage("..api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "org.apache.kafka..", "com.mongodb..",
				"org.kinbridge.contracts..")
		.allowEmptyShould(true)
		.because("stored events must outlive the technology around them");

	@ArchTest
	public static final ArchRule aggregates_do_not_read_the_clock_or_make_ids = noClasses().that()
		.areAnnotatedWith(Aggregate.class)
		.should()
		.callMethod(java.time.Instant.class, "now")
		.orShould()
		.callMethod(java.time.LocalDate.class, "now")
		.orShould()
		.callMethod(java.time.LocalDateTime.class, "now")
		.orShould()
		.callMethod(java.util.UUID.class, "randomUUID")
		.allowEmptyShould(true)
		.because("the same command must lead to the same events (style guide: time, ids and randomness)");

	@ArchTest
	public static final ArchRule aggregates_do_not_publish_public_events = noClasses().that()
		.areAnnotatedWith(Aggregate.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.kinbridge.contracts..", "org.apache.kafka..", "org.springframework.kafka..")
		.allowEmptyShould(true)
		.because("a translator publishes the public form of internal events");

	@ArchTest
	public static final ArchRule stored_events_carry_a_revision = methods().that()
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
		})
		.allowEmptyShould(true)
		.because("a stored event's shape can only change through an upcaster from a known revision");

}
