package org.spintex.runner.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.runner.cli.SpintexCommand;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One material, one physics: seed 000's skyrmion statics in the drag engine (the hard-cutoff ansatz of eqs. (25)–(32))
 * against the micromagnetic engine's relaxed skyrmion, both from one device file whose material (A 10 pJ/m,
 * K 0.5 MJ/m³, 1 nm film) is swept over D/D_c with D_c = 4√(AK)/π. Each point runs three studies: the drag engine,
 * and the micromagnetic engine minimising the energy (no demagnetisation, which eq. (25) leaves out) of a skyrmion and
 * of the uniform state in the same periodic 80 nm sheet, so that the skyrmion's energy is their difference.
 *
 * <p>Tolerances. The ansatz is a trial function of the very functional the micromagnetic engine minimises, so its
 * energy is a variational upper bound: E0 ≥ E_LLG, up to the finite-difference error of the 1 nm mesh (h/√(A/K) =
 * 0.22, an error of order (h/λ)²/12 ≈ 0.5 % in the exchange energy), allowed as 2 %. It is a crude trial function
 * (θ linear in r, cut off where the true profile decays exponentially) whose core radius πD/(2K) grows linearly with D,
 * while the true skyrmion swells without bound as D → D_c: the ansatz overestimates the energy by more, and its radius
 * crosses the true one, as D_c nears. Measured: E0/E_LLG = 1.33, 1.35, 1.53 and R_drag/R_LLG = 1.54, 1.08, 0.74 at
 * D/D_c = 0.7, 0.8, 0.9. The test asks for 0.98 ≤ E0/E_LLG ≤ 1.6 and radii within a factor 2 — the same physics, not
 * the same numbers — and for the same trend: both radii grow and both energies fall with D. Beyond D_c the uniform
 * state is unstable: the drag engine must say so ("crystal"), and the micromagnetic skyrmion must swell below the
 * uniform state's energy; below D_c the drag engine must never say "crystal" where the LLG relaxes an isolated
 * skyrmion with Q = −1 above a uniform background. (Below 0.7 D_c the relaxed skyrmion is smaller than 4 cells of
 * 1 nm and falls through the mesh, so the scan starts there.)
 */
class SkyrmionStaticsMicromagneticTest {

	private static final double A = 10e-12, K = 0.5e6;
	private static final double CRITICAL_DMI = 4 * Math.sqrt(A * K) / Math.PI;

	private static final String DEVICE = """
			spintex 3
			material Chiral "A 10 pJ/m, K 0.5 MJ/m^3" {
				exchange A = 10 pJ/m
				dmi interfacial D = %s J/m^2
				anisotropy uniaxial K = 0.5 MJ/m^3 along z
				saturation Ms = 1 MA/m
				damping alpha = 0.3
			}

			device CrossCheck {
				// the channel between the drag engine's contacts
				film channel {
					material Chiral
					shape box
					length 2 um
					width 1 um
					thickness 1 nm
					cell 2 nm
				}

				// a periodic sheet of the same film for the micromagnetic engine
				film sheet {
					material Chiral
					shape box
					length 80 nm
					width 80 nm
					thickness 1 nm
					cell 1 nm
					periodic x, y
				}

				contact left on channel.west {
					current I = 1 nA
					polarization P = 0.5
					annihilation-velocity gammaBar = 1 mm/s
				}

				contact right on channel.east {
					polarization P = 0.5
					resistance R = 100 Ohm
					annihilation-velocity gammaBar = 1 mm/s
				}

				environment {
					temperature T = 50 K
				}

				texture skyrmions : skyrmion {
					charge -1
					profile hard-cutoff
				}

				texture bubble : skyrmion {
					radius 8 nm
				}

				study drag : topological-drag {
					carriers skyrmions
					injector left
					detector right
					outputs skyrmion-radius, skyrmion-energy, stability-parameter, regime
				}

				study skyrmion : micromagnetic {
					film sheet
					initial-state bubble
					ground-state minimize
					demag off
					// the environment's 50 K is the drag's; the ground state is found at 0 K and no dynamics follow
					integrator heun
					time-step 10 fs
				}

				study uniform : micromagnetic {
					film sheet
					ground-state minimize
					demag off
					// the environment's 50 K is the drag's; the ground state is found at 0 K and no dynamics follow
					integrator heun
					time-step 10 fs
				}
			}
			""";

	@TempDir
	Path dir;

	/** What both engines say of the film at one D/D_c. */
	record Point(double ratio, double dragRadius, double dragEnergy, String regime, double llgRadius, double llgEnergy,
			double llgCharge, boolean llgConverged) {
	}

	private Point point(double ratio) throws IOException {
		Path file = dir.resolve(String.format(Locale.ROOT, "cross-%.2f.spintex", ratio));
		Files.writeString(file, String.format(Locale.ROOT, DEVICE, String.format(Locale.ROOT, "%.6e", ratio * CRITICAL_DMI)));
		Path out = dir.resolve(file.getFileName() + ".results");
		JsonObject drag = run(file, out, "drag");
		JsonObject skyrmion = run(file, out, "skyrmion");
		JsonObject uniform = run(file, out, "uniform");
		double llgRadius = skyrmion.has("skyrmion-radius") ? value(skyrmion, "skyrmion-radius") : Double.NaN;
		return new Point(ratio, value(drag, "skyrmion-radius"), value(drag, "skyrmion-energy"),
				drag.get("regime").getAsString(), llgRadius,
				value(skyrmion, "E_total") - value(uniform, "E_total"), value(skyrmion, "topological-charge"),
				skyrmion.get("ground-state-converged").getAsString().equals("yes")
						&& uniform.get("ground-state-converged").getAsString().equals("yes"));
	}

	private static JsonObject run(Path file, Path out, String study) throws IOException {
		StringWriter err = new StringWriter();
		int code = SpintexCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
				.execute("run", file.toString(), "--study", study, "--out", out.toString(), "--quiet");
		// beyond D_c the drag engine warns that its gas does not exist: exit code 4, "completed with warnings"
		assertTrue(code == 0 || code == 4, err.toString());
		Path folder = out.resolve("CrossCheck/" + study);
		assertTrue(Files.readString(folder.resolve("status")).startsWith("completed"), err.toString());
		return JsonParser.parseString(Files.readString(folder.resolve("results.json"))).getAsJsonObject().getAsJsonObject("results");
	}

	private static double value(JsonObject results, String name) {
		return results.getAsJsonObject(name).get("value").getAsDouble();
	}

	@Test
	void dragAndMicromagneticEnginesAgreeOnTheSkyrmionAndItsStabilityWindow() throws IOException {
		List<Point> below = new ArrayList<>();
		for (double ratio : new double[] { 0.7, 0.8, 0.9 }) {
			Point p = point(ratio);
			below.add(p);
			System.out.printf(Locale.ROOT, "D/D_c %.2f: drag R %.3f nm E0 %.4g J (%s); LLG R %.3f nm E %.4g J Q %.5f%n", ratio,
					p.dragRadius() * 1e9, p.dragEnergy(), p.regime(), p.llgRadius() * 1e9, p.llgEnergy(), p.llgCharge());
			assertTrue(p.llgConverged(), "both relaxations reached 1e-6 T: " + p);
			assertEquals(-1, p.llgCharge(), 1e-3, "the LLG keeps an isolated skyrmion at D/D_c = " + ratio);
			assertTrue(p.llgEnergy() > 0, "an excitation above the uniform state at D/D_c = " + ratio);
			assertTrue(!p.regime().equals("crystal"), "no crystal where the LLG relaxes an isolated skyrmion, D/D_c = " + ratio);
			assertTrue(p.dragEnergy() >= 0.98 * p.llgEnergy(), "the ansatz is a variational upper bound: " + p);
			assertTrue(p.dragEnergy() <= 1.6 * p.llgEnergy(), "the ansatz within 60 % of the relaxed energy: " + p);
			assertTrue(Math.abs(Math.log(p.dragRadius() / p.llgRadius())) < Math.log(2), "core radii within a factor 2: " + p);
		}
		for (int i = 1; i < below.size(); i++) {
			Point a = below.get(i - 1), b = below.get(i);
			assertTrue(b.dragRadius() > a.dragRadius() && b.llgRadius() > a.llgRadius(), "both radii grow with D: " + a + ", " + b);
			assertTrue(b.dragEnergy() < a.dragEnergy() && b.llgEnergy() < a.llgEnergy(), "both energies fall with D: " + a + ", " + b);
		}
		Point above = point(1.1);
		System.out.printf(Locale.ROOT, "D/D_c 1.10: drag %s; LLG E %.4g J Q %.5f%n", above.regime(), above.llgEnergy(), above.llgCharge());
		assertEquals("crystal", above.regime(), "beyond D_c the uniform state is unstable");
		assertEquals("completed with warnings", Files.readString(dir.resolve("cross-1.10.spintex.results/CrossCheck/drag/status")).strip());
		assertTrue(above.llgEnergy() < 0, "beyond D_c the LLG's texture lies below the uniform state: " + above);
	}
}
