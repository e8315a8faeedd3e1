package org.kinbridge.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The audit component reads the public events only, as ADR 0011 says. */
@AnalyzeClasses(packages = "org.kinbridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule audit_does_not_depend_on_the_services = noClasses().that()
		.resideInAPackage("org.kinbridge.audit..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.kinbridge.cases..", "org.kinbridge.family..", "org.kinbridge.matching..")
		.because("the audit component knows the services only by the events they publish");

	@ArchTest
	static final ArchRule the_log_knows_nothing_of_the_web = noClasses().that()
		.resideInAnyPackage("org.kinbridge.audit.ledger..", "org.kinbridge.audit.events..",
				"org.kinbridge.audit.checkpoint..", "org.kinbridge.audit.history..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.kinbridge.audit.web..")
		.because("what is stored and signed must not depend on how it is served");

}
