package org.kinbridge.family;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.kinbridge.testkit.ArchitectureRules;

@AnalyzeClasses(packages = "org.kinbridge.family", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule services_do_not_import_each_other = ArchitectureRules
		.servicesDoNotImportEachOther("org.kinbridge.family");

	@ArchTest
	static final ArchRule messages_do_not_depend_on_infrastructure = ArchitectureRules
		.messagesDoNotDependOnInfrastructure()
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule aggregates_do_not_read_the_clock_or_make_ids = ArchitectureRules
		.aggregatesDoNotReadTheClockOrMakeIds()
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule aggregates_do_not_publish_public_events = ArchitectureRules
		.aggregatesDoNotPublishPublicEvents()
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule stored_events_carry_a_revision = ArchitectureRules.storedEventsCarryARevision()
		.allowEmptyShould(true);

}
