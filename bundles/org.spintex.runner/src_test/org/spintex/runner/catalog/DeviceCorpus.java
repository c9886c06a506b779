package org.spintex.runner.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The device files the catalog tests edit: the repository's examples (copied with their layout, so that imports
 * resolve) and this bundle's test devices under {@code testdata/}.
 */
final class DeviceCorpus {

	static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
	static final Path TEST_DEVICES = Path.of("testdata").toAbsolutePath().normalize();

	private DeviceCorpus() {
	}

	/** Copies of every .spintex file of the examples and the test devices in {@code work}, to be edited there. */
	static List<Path> copyInto(Path work) throws IOException {
		List<Path> copies = new ArrayList<>();
		for (Path root : List.of(EXAMPLES, TEST_DEVICES)) {
			Path target = root == EXAMPLES ? work : work.resolve("testdata");
			try (var walk = Files.walk(root)) {
				for (Path p : walk.filter(f -> f.toString().endsWith(".spintex")).sorted().toList()) {
					Path copy = target.resolve(root.relativize(p));
					Files.createDirectories(copy.getParent());
					copies.add(Files.copy(p, copy));
				}
			}
		}
		return copies;
	}
}
