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
 * {@code spintex run} on the seed 002 examples: the skyrmion's forces and Thiele motion next to the micromagnetic
 * motion, the edge-guided speed (β/α)u, and the vortex's half quantum and gyration in its well.
 */
class TextureForcesRunTest extends CommandLineTestBase {

	private JsonObject run(String example, String path) throws IOException {
		Path file = Path.of("../../examples/texture-forces/" + example).toAbsolutePath().normalize();
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", dir.toString(), "--quiet"), err.toString());
		Path run = dir.resolve(path);
		assertEquals("completed", Files.readString(run.resolve("status")).strip());
		return JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject().getAsJsonObject("results");
	}

	@Test
	void skyrmionRunsAlongTheTrackAtBetaOverAlphaAndMatchesTheMicromagneticMotion() throws IOException {
		JsonObject results = run("skyrmion-hall.spintex", "SkyrmionHall/push");
		assertEquals(1, value(results, "vortex-number"), 1e-5);
		// the reported gyrovector is g = 4πsΦ_xy of eq. (88) with s = M_s/γ, Φ_xy = n_v d (eq. (64))
		double s = 580e3 / 1.7595e11;
		assertEquals(4 * Math.PI * s * 1e-9 * value(results, "vortex-number"), value(results, "gyrovector"), 1e-20);
		double llg = Math.hypot(value(results, "llg-velocity-x"), value(results, "llg-velocity-y"));
		double thiele = Math.hypot(value(results, "thiele-velocity-x"), value(results, "thiele-velocity-y"));
		assertEquals(thiele, llg, 0.05 * thiele);
		assertEquals(value(results, "thiele-hall-angle"), value(results, "llg-hall-angle"), 1);
		// at the upper edge the skyrmion runs at (β/α)u = u/3
		assertEquals(value(results, "drift-velocity-x") / 3, value(results, "final-velocity-x"), 1e-3);
		assertEquals(0, value(results, "energy-balance"), 1e-8);
		// eq. (97) by hand: one skyrmion in the 56 nm × 56 nm sheet, ρ_xy = 2πħ P n_v/(e² n A), with the band of ζ = 0.2,
		// P = ζ(3 + ζ²)/(1 + 3ζ²) and n = k_F³(1 + 3ζ²)/3π²; eq. (98) divides by ρ₀ = 20 µΩ cm
		double zeta = 0.2, kf = 11e9, e = 1.602176634e-19;
		double p = zeta * (3 + zeta * zeta) / (1 + 3 * zeta * zeta), n = kf * kf * kf * (1 + 3 * zeta * zeta) / (3 * Math.PI * Math.PI);
		double rhoXY = 6.62607015e-34 * p * value(results, "vortex-number") / (e * e * n * 56e-9 * 56e-9);
		assertEquals(rhoXY, value(results, "hall-resistivity"), 1e-9 * rhoXY);
		assertEquals(rhoXY / 20e-8, value(results, "hall-current-ratio"), 1e-9 * rhoXY / 20e-8);

		Path out = dir.resolve("SkyrmionHall/push");
		// a row every 50 ps over 30 ns, the start and the header
		assertEquals(602, Files.readAllLines(out.resolve("trajectory.csv")).size());
		assertTrue(Files.readAllLines(out.resolve("micromagnetic-motion.csv")).size() > 40);
		for (String file : List.of("trajectory.png", "velocity.png", "m_texture.ovf", "emergent_field.ovf")) {
			assertTrue(Files.size(out.resolve(file)) > 10_000, file);
		}

		// the relaxed texture read back from its OVF file (an LLG result as input; binary4 rounds m to float) has the same
		// tensors
		Path device = dir.resolve("from-file.spintex");
		Files.writeString(device, """
				spintex 3
				material PtCo { exchange A = 15 pJ/m  dmi interfacial D = 3.5 mJ/m^2  anisotropy uniaxial K = 0.8 MJ/m^3 along z
					saturation Ms = 580 kA/m  damping alpha = 0.3 }
				device Reread {
					film sheet { material PtCo  shape box  length 56 nm  width 56 nm  thickness 1 nm  cell 1 nm  periodic x, y }
					texture relaxed : from-file { file "%s" }
					study again : texture-forces { film sheet  initial-state relaxed  ground-state none  demag off }
				}
				""".formatted(out.resolve("m_texture.ovf").toString().replace("\\", "/")));
		assertEquals(ExitCodes.OK, spintex("run", device.toString(), "--out", dir.resolve("reread").toString(), "--quiet"), err.toString());
		JsonObject reread = JsonParser.parseString(Files.readString(dir.resolve("reread/Reread/again/results.json"))).getAsJsonObject()
				.getAsJsonObject("results");
		assertEquals(value(results, "vortex-number"), value(reread, "vortex-number"), 1e-6);
		assertEquals(value(results, "dissipation-xx"), value(reread, "dissipation-xx"), 1e-4 * value(results, "dissipation-xx"));
	}

	@Test
	void vortexCarriesHalfAQuantumAndSettlesWhereTheCurrentsForceMeetsTheWell() throws IOException {
		JsonObject results = run("vortex-gyration.spintex", "VortexDisk/gyration");
		// polarity +1: m up in the core, the spins n = −m down, n_v = −½ (eqs. (65), (92))
		assertEquals(-0.5, value(results, "vortex-number"), 2e-3);
		assertEquals(80e-9, value(results, "centre-x"), 1e-10);
		// the path spirals towards X₀ + F/κ with the thermal jitter √(k_BT/κ) ≈ 2 nm: after 10 ns it is within a few
		double offsetY = value(results, "force-total-y") / 1.1e-3;
		assertTrue(Math.abs(value(results, "final-y") - (80e-9 + offsetY)) < 8e-9, "final y " + value(results, "final-y"));
	}

	private static double value(JsonObject results, String name) {
		return results.getAsJsonObject(name).get("value").getAsDouble();
	}
}
