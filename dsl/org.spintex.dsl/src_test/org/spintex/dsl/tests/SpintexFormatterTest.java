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

	private static final String STACK = """
			spintex 3

			device D {
				film bottom {
					material Co
					thickness 1 nm
				}

				film top {
					material Co
					elevation 2 nm
				}

				coupling ru between bottom and top {
					bilinear sigma = -1 mJ/m^2
				}

				region notch in bottom {
					outline (disk(10 nm) at (80, 0) nm union box(20 nm, 4 nm) rotated 30 deg) minus polygon((1, 1) nm, (2, 1) nm, (1, 2) nm)
					empty
				}

				region hard in top {
					outline ellipse(20 nm, 10 nm) at (50, 25) nm
					material Hard
					exchange-scale 0.5
				}

				grains g in bottom {
					size 10 nm
				}

				study s : micromagnetic {
					film bottom
					film top
					initial-state up in bottom
				}
			}
			""";

	@Test
	void stacksRegionsAndGrainsFormatToTheCanonicalLayout() throws IOException {
		String messy = "spintex 3 device D { film bottom { material Co thickness 1 nm } film top { material Co elevation 2 nm }"
				+ " coupling ru between bottom and top { bilinear sigma = -1 mJ/m^2 }"
				+ " region notch in bottom { outline ( disk ( 10 nm ) at ( 80 , 0 ) nm union box (20 nm,4 nm) rotated 30 deg )"
				+ " minus polygon( (1, 1) nm, (2, 1) nm, (1, 2) nm ) empty }"
				+ " region hard in top { outline ellipse(20 nm, 10 nm) at (50, 25) nm material Hard exchange-scale 0.5 }"
				+ " grains g in bottom { size 10 nm } study s : micromagnetic { film bottom film top initial-state up in bottom } }";
		assertEquals(STACK, format(messy));
		assertEquals(STACK, format(STACK));
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
