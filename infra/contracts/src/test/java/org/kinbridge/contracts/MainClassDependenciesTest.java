package org.kinbridge.contracts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the contracts free of framework dependencies, so that adopting them never pulls a
 * framework into a consumer.
 */
class MainClassDependenciesTest {

	private static final List<String> ALLOWED = List.of("java.", "com.fasterxml.jackson.annotation.",
			"org.kinbridge.contracts.");

	@Test
	void mainClassesDependOnlyOnTheJdkAndJacksonAnnotations() throws Exception {
		Path mainClasses = classesDirectoryOf(EventTypes.class);
		Set<String> forbidden = new TreeSet<>();
		List<Path> classFiles;
		try (Stream<Path> files = Files.walk(mainClasses)) {
			classFiles = files.filter((file) -> file.toString().endsWith(".class")).toList();
		}
		for (Path classFile : classFiles) {
			for (String reference : ClassFileReferences.of(classFile)) {
				if (ALLOWED.stream().noneMatch(reference::startsWith)) {
					forbidden.add(mainClasses.relativize(classFile) + " -> " + reference);
				}
			}
		}

		assertThat(classFiles).extracting((file) -> file.getFileName().toString())
			.contains("EventTypes.class", "ReportReceivedV1.class", "CaregiverRegisteredV1$Applicant.class");
		assertThat(forbidden).isEmpty();
	}

	@Test
	void referenceScanSeesJacksonAnnotationsAndDatabindUsage() throws Exception {
		Path mainClasses = classesDirectoryOf(EventTypes.class);
		Path testClasses = classesDirectoryOf(SchemaShape.class);

		assertThat(ClassFileReferences.of(mainClasses.resolve("org/kinbridge/contracts/cases/ReportReceivedV1.class")))
			.contains("com.fasterxml.jackson.annotation.JsonInclude", "java.time.Instant",
					"org.kinbridge.contracts.ActorRef");
		assertThat(ClassFileReferences.of(testClasses.resolve("org/kinbridge/contracts/SchemaShape.class")))
			.contains("com.fasterxml.jackson.databind.JsonNode");
	}

	private static Path classesDirectoryOf(Class<?> type) throws Exception {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

}
