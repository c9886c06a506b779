package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spintex.dsl.formatting2.CanonicalLayout;

/** The canonical layout: what any spelling of a device formats to, and that formatting it again changes nothing. */
class SpintexFormatterTest {

	private static final String CANONICAL = """
			spintex 3

			import "lib.spintex"

			material Py "permalloy" {
				exchange A = 13 pJ/m
				// comments stay
				damping alpha = 0.02
				anisotropy uniaxial K = 1 kJ/m^3 along (1, 1, 0)
			}

			device D {
				film f {
					material Py
					shape box
					length 1 um
				}

				contact c on f.west {
					current I = 1 mA
				}

				wire chain {
					moments from t
					sites 7
				}

				study s : topological-drag {
					carriers t
					outputs voltage, drag-coefficient
					sweep f.length log from 1 um to 2 um in 3 points
					sweep environment.temperature over 10 K, 20 K
				}
			}
			""";

	@Test
	void messyFileFormatsToTheCanonicalLayout() throws IOException {
		String messy = "spintex\n 3 import   \"lib.spintex\" material   Py \"permalloy\"{ exchange A=13 pJ/m\n\t// comments stay\n"
				+ " damping   alpha=0.02 anisotropy uniaxial K = 1 kJ/m^3 along ( 1 ,1, 0 ) }"
				+ " device D{film f{material Py shape box length 1 um} contact c on f . west { current I = 1 mA }"
				+ " wire chain { moments from t sites 7 }"
				+ " study s:topological-drag{carriers t outputs voltage ,drag-coefficient"
				+ " sweep f.length log from 1 um to 2 um in 3 points sweep environment . temperature over 10 K , 20 K}}\n";
		assertEquals(CANONICAL, format(messy));
	}

	@Test
	void formattingIsIdempotent() throws IOException {
		assertEquals(CANONICAL, format(CANONICAL));
	}

	static Stream<Path> examples() throws IOException {
		return Files.walk(Path.of("../../examples")).filter(p -> p.toString().endsWith(".spintex")).sorted();
	}

	@Test
	void thereAreExamples() throws IOException {
		assertFalse(examples().toList().isEmpty());
	}

	/** Every example is stored in the canonical layout, so {@code spintex fmt --check examples} passes. */
	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleIsCanonical(Path example) throws IOException {
		String text = Files.readString(example);
		assertEquals(text, format(text), example.toString());
	}

	/** Every example has no errors or warnings. */
	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleIsValid(Path example) throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(example));
	}

	static String format(String text) throws IOException {
		return DeviceFiles.INJECTOR.getInstance(CanonicalLayout.class).format(DeviceFiles.load(text));
	}
}
