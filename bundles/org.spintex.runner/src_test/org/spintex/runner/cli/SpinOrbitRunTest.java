package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code spintex run} on the seed 003 examples: the renormalised gyromagnetic ratio and induced fields by hand, the
 * attracting half-equator of the phase portrait, and the quantised work per turn.
 */
class SpinOrbitRunTest extends CommandLineTestBase {

	private static final double HBAR = 1.054571817e-34, E = 1.602176634e-19, GAMMA = 1.7595e11;

	private Path run(String example, String path) throws IOException {
		Path file = Path.of("../../examples/spin-orbit/" + example).toAbsolutePath().normalize();
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", dir.toString(), "--quiet"), err.toString());
		Path out = dir.resolve(path);
		assertEquals("completed", Files.readString(out.resolve("status")).strip());
		return out;
	}

	private static JsonObject results(Path out) throws IOException {
		return JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject().getAsJsonObject("results");
	}

	@Test
	void surfaceStatesRenormaliseThePolesAndHalfTheEquatorAttracts() throws IOException {
		Path out = run("ti-surface-portrait.spintex", "TISurface/sphere");
		JsonObject results = results(out);
		// eq. (2.32)-(2.34): κ = γ_f ħα²/(4π M_s d a²) with M_s = 100 kA/m, d = 1 nm, a = 0.5 nm, α = 1
		double kappa = GAMMA * HBAR / (4 * Math.PI * 1e5 * 1e-9 * 0.25e-18);
		assertEquals(1 / (1 + kappa), value(results, "gamma-factor-pole"), 1e-9);
		// eq. (2.36): B_E = eE|α|/(4π M_s d a) at E = 150 kV/m
		double b = E * 150e3 / (4 * Math.PI * 1e5 * 1e-9 * 0.5e-9);
		assertEquals(b, value(results, "magnetoelectric-field"), 1e-12 * b);
		// without damping every portrait path either keeps its hemisphere's energy or lands on the half equator m_y > 0
		double k = 5e3, ms = 1e5, volume = 50e-9 * 50e-9 * 1e-9;
		List<String> ends = Files.readAllLines(out.resolve("portrait-ends.csv"));
		assertEquals(1 + 72, ends.size());
		int landed = 0;
		for (String line : ends.subList(1, ends.size())) {
			String[] f = line.split(",");
			double theta0 = Math.toRadians(Double.parseDouble(f[1])), phi0 = Math.toRadians(Double.parseDouble(f[2]));
			double mx0 = Math.sin(theta0) * Math.cos(phi0), mz0 = Math.cos(theta0);
			double my = Double.parseDouble(f[4]), mz = Double.parseDouble(f[5]);
			// G of the start's hemisphere (eq. (2.37)) against the critical line −M_s B_E, which touches the equator at m_x = ∓1
			double g = -k * mz0 * mz0 + Math.signum(mz0) * ms * b * mx0;
			if (g > -ms * b + 1e-3 * k) {
				assertTrue(Math.abs(mz) < 2e-3 && my > 0, "start " + f[1] + ", " + f[2] + " should end on the half equator: " + line);
				landed++;
			} else if (g < -ms * b - 1e-3 * k) {
				assertEquals(0, Double.parseDouble(f[8]), 1e-7 * k * volume, "energy kept on " + line);
			}
		}
		assertTrue(landed > 10, "landed " + landed);
		assertTrue(Files.size(out.resolve("phase-portrait.png")) > 20_000);
	}

	@Test
	void edgeStatesRenormaliseUniformlyAndTheWorkPerTurnIsEEL() throws IOException {
		Path out = run("ti-edge-switching.spintex", "TIEdge/switching");
		JsonObject results = results(out);
		// eq. (2.40): κ = γ_f ħα/(2π M_s S a), S = 2 nm × 2 nm
		double kappa = GAMMA * HBAR / (2 * Math.PI * 1e5 * 4e-18 * 0.5e-9);
		assertEquals(1 / (1 + kappa), value(results, "gamma-factor-pole"), 1e-9);
		assertEquals(value(results, "gamma-factor-pole"), value(results, "gamma-factor-equator"));
		// eq. (2.42): eE per turn and length, over the 100 nm wire at 16 kV/m
		assertEquals(E * 16e3 * 100e-9, value(results, "work-per-turn"), 1e-9 * E * 16e3 * 100e-9);
		assertEquals(1 + 32, Files.readAllLines(out.resolve("portrait-ends.csv")).size());
	}

	@Test
	void dampingLikeTorqueAboveAlphaTimesTheAnisotropyFieldReversesTheBit() throws IOException {
		// B_DL = ħθ_SH J/(2eM_s d) at J = 6.08e10 A/m² is 2αB_K: the bit starting along +y, against σ = −ŷ, ends along σ
		double bDL = HBAR * 0.1 * 6.08e10 / (2 * E * 1e6 * 1e-9);
		assertEquals(2, bDL / (0.05 * 2 * 10e3 / 1e6), 0.01);
		JsonObject results = results(run("sot-switching.spintex", "SotBit/reversal"));
		assertEquals(-1, value(results, "final-my"), 1e-6);
	}

	private static double value(JsonObject results, String name) {
		return results.getAsJsonObject(name).get("value").getAsDouble();
	}
}
