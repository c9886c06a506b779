package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the product and the repository's launch script. */
final class Installation {

	private Installation() {
	}

	static Path productDir() {
		Path dir = Path.of(System.getProperty("spintex.product.dir"));
		assertTrue(Files.isDirectory(dir.resolve("plugins")), "no materialised product in " + dir);
		return dir;
	}

	static Path spintexScript() {
		Path script = Path.of(System.getProperty("spintex.repository.root")).resolve("spintex");
		assertTrue(Files.isExecutable(script), "no executable launch script at " + script);
		return script;
	}
}
