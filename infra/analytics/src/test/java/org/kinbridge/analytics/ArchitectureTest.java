package org.kinbridge.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.kinbridge.testkit.ArchitectureRules;

/** The app's classes, held to the rules all services share and to its own. */
@AnalyzeClasses(packages = "org.kinbridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests shared_rules = ArchTests.in(ArchitectureRules.class);

	@ArchTest
	static final ArchRule the_figures_never_hold_the_pseudonym_key = noClasses().that()
		.resideInAPackage("org.kinbridge.analytics.progress..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.kinbridge.analytics.pseudonym..")
		.because("the figures read the published stream as any analyst would, without a way back to an id");

	@ArchTest
	static final ArchRule the_figures_never_read_the_source_events = noClasses().that()
		.resideInAPackage("org.kinbridge.analytics.progress..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.kinbridge.contracts.cases..", "org.kinbridge.contracts.family..",
				"org.kinbridge.contracts.matching..")
		.because("the figures come from kinbridge.analytics.v1 alone; only type names are shared");

	@ArchTest
	static final ArchRule the_pseudonymiser_does_not_depend_on_the_figures = noClasses().that()
		.resideInAnyPackage("org.kinbridge.analytics.stream..", "org.kinbridge.analytics.pseudonym..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.kinbridge.analytics.progress..");

	@ArchTest
	static final ArchRule the_example_consumer_needs_nothing_but_kafka_clients = noClasses().that()
		.resideInAPackage("org.kinbridge.analytics.example..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.kinbridge.platform..", "org.kinbridge.contracts..",
				"org.kinbridge.analytics.stream..", "org.kinbridge.analytics.progress..",
				"org.kinbridge.analytics.pseudonym..")
		.because("it shows what an outside consumer needs");

}
