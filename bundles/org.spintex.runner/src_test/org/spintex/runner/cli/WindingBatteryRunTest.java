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
 * {@code spintex run} on the seed 001 example: the cycle of Fig. 1 against eqs. (7) and (8), the whole turns of the
 * closed loop, the energy balance, and the files a user reads.
 */
class WindingBatteryRunTest extends CommandLineTestBase {

	@Test
	void theBatteryChargesToEq7StoresWholeTurnsAndDischargesIntoTheLoad() throws IOException {
		Path example = Path.of("../../examples/winding-battery/charge-store-discharge.spintex").toAbsolutePath().normalize();
		assertEquals(ExitCodes.OK, spintex("run", example.toString(), "--out", dir.toString(), "--quiet"), err.toString());
		Path run = dir.resolve("WindingBattery/cycle");
		assertEquals("completed", Files.readString(run.resolve("status")).strip());
		JsonObject results = JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject()
				.getAsJsonObject("results");

		// eq. (7) by hand: ϑ = (ħ/2e)(S_c/S_w) tan θ_SH, A = 2 A_ex S_m, ρ = ϑ I / A
		double vartheta = 1.054571817e-34 / (2 * 1.602176634e-19) * 4 * Math.tan(0.1);
		double rho = vartheta * 150e-6 / (2 * 3.7e-12 * 100e-18);
		assertEquals(rho, value(results, "theory-winding-density"), 1e-6 * rho);
		// after 40 ns the loaded winding is eq. (7) within the gate's leak (its stiffness is 1e-4 of the wire's)
		assertEquals(rho, value(results, "charged-winding-density"), 2e-3 * rho);
		double eq8 = value(results, "theory-stored-energy");
		assertEquals(eq8, value(results, "charged-energy"), 4e-3 * eq8);
		// ρ L / 2π = 4.24 turns round to 4 when the gate opens; the loop then winds uniformly, A(2π·4)²/2L
		assertEquals(4, value(results, "stored-winding-number"));
		assertEquals(value(results, "theory-loop-energy"), value(results, "stored-energy"), 1e-6 * eq8);
		assertTrue(value(results, "delivered-energy") > 0);
		assertTrue(Math.abs(value(results, "energy-balance")) < 1e-5 * eq8, "balance " + value(results, "energy-balance"));
		// the step charge stores half the work done on the magnet: the other half was the kinetic energy of the
		// wound wave, damped while it rang down
		assertEquals(0.5, value(results, "charge-magnetic-efficiency"), 0.01);

		List<String> table = Files.readAllLines(run.resolve("table.csv"));
		assertTrue(table.get(0).startsWith("t (s),phase (),I (A),V_smf (V),winding (),rho_mean (1/m)"), table.get(0));
		// a row at the start of each phase and at every output time, the last one of a phase at its end: ⌈40/0.12⌉ + ⌈30/0.12⌉ + ⌈50/0.12⌉
		assertEquals(1 + 3 + 334 + 250 + 417, table.size());
		List<String> profiles = Files.readAllLines(run.resolve("profiles.csv"));
		assertEquals("snapshot,t (s),x (m),phi (rad),rho (1/m),rho_s (J*s/m)", profiles.get(0));
		for (String chart : List.of("energy-ledger.png", "winding.png", "winding-profiles.png")) {
			assertTrue(Files.size(run.resolve(chart)) > 10_000, chart);
		}
	}

	private static double value(JsonObject results, String name) {
		return results.getAsJsonObject(name).get("value").getAsDouble();
	}
}
