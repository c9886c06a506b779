package org.spintex.runner.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.runner.cli.SpintexCommand;

/**
 * One material, one physics: the macrospin engine (seed 003) and the micromagnetic engine on a film of one cell, from
 * one device file — the spin-orbit-torque bit of examples/spin-orbit/sot-switching.spintex with its shape anisotropy
 * (demag on in both studies) and an applied field, reversed by the damping-like torque of its Pt contact. Without a
 * topological insulator γ = γ_f, and eq. (2.26) is the LLG equation with the contact's torques, so the two engines must
 * integrate the same trajectory: both run adaptive Dormand–Prince at tight tolerances, and m agrees at every output
 * time to within their error (1e-4 asked; the reversal takes m across the sphere, so the comparison covers every
 * direction).
 */
class MacrospinMicromagneticTest {

	private static final String DEVICE = """
			spintex 3
			material SoftFilm "an in-plane magnet with a weak easy axis along y" {
				exchange A = 15 pJ/m
				saturation Ms = 1 MA/m
				anisotropy uniaxial K = 10 kJ/m^3 along y
				damping alpha = 0.05
			}

			device SotBit {
				film bit {
					material SoftFilm
					shape box
					length 100 nm
					width 50 nm
					thickness 1 nm
					mesh (1, 1, 1)
				}

				contact platinum on bit.west {
					current-density J = 9e10 A/m^2
					spin-hall-angle thetaSH = 0.1
					field-like r = 0.3
				}

				environment {
					field B = (1, 0, 2) mT
				}

				texture start : uniform {
					direction (0.05, 1, 0.02)
				}

				study reversal : macrospin {
					film bit
					initial-state start
					demag on
					duration 10 ns
					output-every 0.5 ns
					tolerance 1e-10
				}

				study llg : micromagnetic {
					film bit
					initial-state start
					demag on
					duration 10 ns
					output-every 0.5 ns
					tolerance 1e-7
				}
			}
			""";

	@TempDir
	Path dir;

	@Test
	void theMacrospinIsTheOneCellLlgFilm() throws IOException {
		Path file = Files.writeString(dir.resolve("bit.spintex"), DEVICE);
		Path macrospin = run(file, "reversal").resolve("trajectory.csv");
		Path llg = run(file, "llg").resolve("table.csv");
		List<double[]> a = rows(macrospin), b = rows(llg);
		assertEquals(21, a.size());
		assertEquals(a.size(), b.size());
		for (int i = 0; i < a.size(); i++) {
			double[] p = a.get(i), q = b.get(i);
			assertEquals(p[0], q[0], 1e-15, "output times");
			for (int k = 1; k <= 3; k++) {
				assertEquals(p[k], q[k], 1e-4, "m component " + k + " at t = " + p[0]);
			}
		}
		double[] end = a.get(a.size() - 1);
		assertTrue(end[2] < -0.5, "the damping-like torque has reversed the bit: m_y = " + end[2]);
	}

	private Path run(Path file, String study) throws IOException {
		StringWriter err = new StringWriter();
		int code = SpintexCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
				.execute("run", file.toString(), "--study", study, "--out", dir.resolve("out").toString(), "--quiet");
		assertEquals(0, code, err.toString());
		Path folder = dir.resolve("out/SotBit/" + study);
		assertEquals("completed", Files.readString(folder.resolve("status")).strip());
		return folder;
	}

	/** The first four columns (t, m_x, m_y, m_z) of a CSV table with a header. */
	private static List<double[]> rows(Path csv) throws IOException {
		return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
			String[] cells = l.split(",");
			return new double[] { Double.parseDouble(cells[0]), Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
					Double.parseDouble(cells[3]) };
		}).toList();
	}
}
