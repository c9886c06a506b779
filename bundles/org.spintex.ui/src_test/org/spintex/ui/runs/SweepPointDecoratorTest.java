package org.spintex.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's point folder is named by its parameters, in units that suit them. */
class SweepPointDecoratorTest {

	@TempDir
	Path tmp;

	@Test
	void aPointReadsAsItsParameters() throws IOException {
		Path input = Files.writeString(tmp.resolve("input.json"), """
				{"points":[{"point":1,"coordinates":{"chain.jsd [J]":1.602176634e-19,"magnet.length [m]":1.5e-6}},
				{"point":2,"coordinates":{"chain.jsd [J]":3.204353268e-19,"magnet.length [m]":1.5e-6}}]}""");
		assertEquals("chain.jsd = 2 eV, magnet.length = 1.5 µm", SweepPointDecorator.describe(input, 2));
		assertEquals("", SweepPointDecorator.describe(input, 7));
		assertEquals("", SweepPointDecorator.describe(tmp.resolve("none.json"), 1));
	}
}
