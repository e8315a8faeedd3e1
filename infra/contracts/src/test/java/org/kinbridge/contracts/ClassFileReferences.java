package org.kinbridge.contracts;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the classes a compiled class file refers to, read from its constant pool with the
 * plain JDK: class entries plus every type named in descriptors, generic signatures and
 * annotations. String literals are skipped because they are data, not dependencies.
 */
final class ClassFileReferences {

	private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w$/]+)[;<]");

	private ClassFileReferences() {
	}

	static Set<String> of(Path classFile) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)));
		if (in.readInt() != 0xCAFEBABE) {
			throw new IOException(classFile + " is not a class file");
		}
		in.readUnsignedShort();
		in.readUnsignedShort();
		int count = in.readUnsignedShort();
		String[] utf8 = new String[count];
		Set<Integer> classNames = new HashSet<>();
		Set<Integer> stringLiterals = new HashSet<>();
		for (int index = 1; index < count; index++) {
			int tag = in.readUnsignedByte();
			switch (tag) {
				case 1 -> utf8[index] = in.readUTF();
				case 7 -> classNames.add(in.readUnsignedShort());
				case 8 -> stringLiterals.add(in.readUnsignedShort());
				case 16, 19, 20 -> in.readUnsignedShort();
				case 15 -> in.skipBytes(3);
				case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
				case 5, 6 -> {
					in.skipBytes(8);
					index++;
				}
				default -> throw new IOException("Unknown constant pool tag " + tag + " in " + classFile);
			}
		}
		Set<String> references = new TreeSet<>();
		for (int index = 1; index < count; index++) {
			String value = utf8[index];
			if (value == null || stringLiterals.contains(index)) {
				continue;
			}
			if (classNames.contains(index) && !value.startsWith("[")) {
				references.add(value.replace('/', '.'));
			}
			Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(value);
			while (matcher.find()) {
				references.add(matcher.group(1).replace('/', '.'));
			}
		}
		return references;
	}

}
