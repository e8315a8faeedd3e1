package org.kinbridge.cases;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.kinbridge.testkit.ArchitectureRules;

/** This service's classes, held to the rules all services share. */
@AnalyzeClasses(packages = "org.kinbridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests shared_rules = ArchTests.in(ArchitectureRules.class);

}
