package org.kinbridge.localstack.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Command lines of the children. Kafka and MongoDB run from the launcher's own jar
 * through Spring Boot's {@code PropertiesLauncher}, whose {@code loader.main} picks
 * another main class of the same fat jar; when the launcher runs from an IDE (no jar),
 * its class path is used directly.
 */
public final class ChildCommands {

	static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private final Path java;

	private final Optional<Path> launcherJar;

	private final String classPath;

	public ChildCommands(Path java, Optional<Path> launcherJar, String classPath) {
		this.java = java;
		this.launcherJar = launcherJar;
		this.classPath = classPath;
	}

	/**
	 * The running launcher's jar: the class path is that single jar when started with
	 * {@code java -jar}.
	 */
	public static Optional<Path> launcherJar(String classPath) {
		if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
			return Optional.empty();
		}
		Path jar = Path.of(classPath).toAbsolutePath().normalize();
		return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
	}

	public static ChildCommands current() {
		String classPath = System.getProperty("java.class.path");
		return new ChildCommands(Path.of(System.getProperty("java.home"), "bin", "java"), launcherJar(classPath),
				classPath);
	}

	public Optional<Path> launcherJar() {
		return this.launcherJar;
	}

	/** A main class of the launcher's own class path, in a JVM of its own. */
	public List<String> launcherClass(String name, String mainClass, List<String> jvmOptions, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		command.addAll(jvmOptions);
		command.add(PidFiles.CHILD_MARKER + name);
		// The launcher's logback.xml is quiet; a child's log should say what it does.
		command.add("-Dkinbridge.log.level=INFO");
		if (this.launcherJar.isPresent()) {
			command.add("-Dloader.main=" + mainClass);
			command.addAll(List.of("-cp", this.launcherJar.get().toString(), PROPERTIES_LAUNCHER));
		}
		else {
			command.addAll(List.of("-cp", this.classPath, mainClass));
		}
		command.addAll(args);
		return command;
	}

	/** An executable Spring Boot jar. */
	public List<String> bootJar(String name, Path jar, List<String> jvmOptions) {
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		command.addAll(jvmOptions);
		command.add(PidFiles.CHILD_MARKER + name);
		command.addAll(List.of("-jar", jar.toString()));
		return command;
	}

}
