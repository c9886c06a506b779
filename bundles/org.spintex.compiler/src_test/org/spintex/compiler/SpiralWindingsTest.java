package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MicromagneticInput;

/** A spiral of n windings has the period λ = L/n over the film's length L along its own axis (seed 001 eq. (7)). */
class SpiralWindingsTest {

	@TempDir
	Path dir;

	private double period(String axis) throws IOException {
		String text = """
				spintex 3

				material Chiral {
					exchange A = 13 pJ/m
					saturation Ms = 0.86 MA/m
					damping alpha = 0.5
				}

				device Film {
					film plate { material Chiral  shape box  length 100 nm  width 40 nm  thickness 8 nm  cell 1 nm }
					texture winding : spiral { windings 2  axis AXIS }
					study settle : micromagnetic { film plate  initial-state winding  demag off }
				}
				""".replace("AXIS", axis);
		Path file = Files.writeString(dir.resolve("spiral.spintex"), text);
		MicromagneticInput input = (MicromagneticInput) ExampleFiles.compile(file).get(0).input();
		return ((InitialStateInput.Spiral) input.initialState()).periodMetre();
	}

	@Test
	void theWindingsSpanTheFilmAlongTheSpiralsAxis() throws IOException {
		assertEquals(100e-9 / 2, period("x"), 1e-21);
		// along y the film is 40 nm wide: two windings make a 20 nm period (it was L_x / n whatever the axis)
		assertEquals(40e-9 / 2, period("y"), 1e-21);
		// normal to the film, through its 8 nm thickness (it was taken as x)
		assertEquals(8e-9 / 2, period("z"), 1e-21);
	}
}
