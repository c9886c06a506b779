package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code spintex run} on the seed 004 example of Fig. 3, against the reference values of
 * docs/physics/seed-004-reference/fig3_wall.csv (an independent dense implementation: 2N × 2N inversion,
 * fixed Gauss–Legendre panels) and the closed-form limits of the paper.
 */
class GeometricTorqueRunTest extends CommandLineTestBase {

	/** FL/hw and DL/hw of torques.csv by "site/contribution". */
	private static Map<String, double[]> torques(Path point) throws IOException {
		List<String> lines = Files.readAllLines(point.resolve("torques.csv"));
		assertEquals("site (),contribution,T_x (J),T_y (J),T_z (J),FL (J),DL (J),FL/hw (),DL/hw ()", lines.get(0));
		Map<String, double[]> torques = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			torques.put(cells[0] + "/" + cells[1], new double[] { Double.parseDouble(cells[7]), Double.parseDouble(cells[8]) });
		}
		return torques;
	}

	private static double scalar(Path point, String name) throws IOException {
		JsonObject results = JsonParser.parseString(Files.readString(point.resolve("results.json"))).getAsJsonObject()
				.getAsJsonObject("results");
		return results.getAsJsonObject(name).get("value").getAsDouble();
	}

	@Test
	void theWallOfFigure3GivesTheSeedsTorquesSumRulesAndCharts() throws IOException {
		Path example = Path.of("../../examples/geometric-torque/fig3-wall-profiles.spintex").toAbsolutePath().normalize();
		assertEquals(ExitCodes.OK, spintex("run", example.toString(), "--out", dir.toString(), "--quiet"), err.toString());
		Path run = dir.resolve("BlochWall/profiles");
		// grid order: lead-coupling 0, 1 eV × sd-exchange 0.1, 20 eV
		Path closedWeak = run.resolve("point-001"), closedStrong = run.resolve("point-002"), openWeak = run.resolve("point-003");
		for (Path point : List.of(closedWeak, closedStrong, openWeak, run.resolve("point-004"))) {
			assertEquals("completed", Files.readString(point.resolve("status")).strip());
		}

		Map<String, double[]> closed = torques(closedWeak);
		double[] referenceFieldLike = { 4.7038316792e-02, 1.1518621454e-03, 4.2752126127e-01, 2.2036477849e-02 };
		double[] referenceDampingLike = { 2.0160845507e-02, -2.7223739509e-03, 1.0550230517e-02, -1.4240805728e-02 };
		for (int i = 0; i < 4; i++) {
			assertEquals(referenceFieldLike[i], closed.get((i + 1) + "/geometric")[0], 1e-8, "site " + (i + 1));
			assertEquals(referenceDampingLike[i], closed.get((i + 1) + "/geometric")[1], 1e-8, "site " + (i + 1));
			assertEquals(0, closed.get((i + 1) + "/fermi-surface")[0], 1e-15);
		}
		// the geometric torque of the closed wall has no net axial part (seed 004 Fig. 4 sum rule)
		assertEquals(0, scalar(closedWeak, "total-axial-geometric") / scalar(closedWeak, "hbar-omega"), 1e-10);

		// strong exchange, closed: the Berry-phase torque (ħω/2) sin θ_i, θ_4 = π/2
		assertEquals(0.5, torques(closedStrong).get("4/geometric")[0], 1e-5);

		Map<String, double[]> open = torques(openWeak);
		assertEquals(0.014093, open.get("4/geometric")[0], 1e-6);
		assertEquals(0.002092, open.get("4/fermi-sea")[0], 1e-6);
		assertEquals(-0.015996, open.get("4/fermi-surface")[0], 1e-6);
		assertEquals(0.001997, open.get("4/fermi-surface")[1], 1e-6);
		// the Fermi-surface torque's axial total is the spin pumped into the leads, and the exact torque's the exact current
		double surface = scalar(openWeak, "total-axial-fermi-surface");
		assertTrue(surface > 0);
		assertEquals(surface, scalar(openWeak, "pumped-spin-current-linear"), 1e-8 * surface);
		assertEquals(scalar(openWeak, "total-axial-exact"), scalar(openWeak, "pumped-spin-current"), 1e-8 * surface);

		// the spin current on the bonds: zero in the left lead's bond for the geometric part, −1.359e-3 ħω (surf)
		List<String> bonds = Files.readAllLines(openWeak.resolve("bond-spin-currents.csv"));
		assertTrue(bonds.get(0).startsWith("bond (),I_geometric (J),I_fermi-sea (J),I_fermi-surface (J)"), bonds.get(0));
		String[] first = bonds.get(1).split(",");
		double hw = scalar(openWeak, "hbar-omega");
		assertEquals(-1.3589067587e-03, Double.parseDouble(first[3]) / hw, 1e-8);

		for (String chart : List.of("torque-field-like.png", "torque-damping-like.png", "bond-spin-currents.png")) {
			BufferedImage image = ImageIO.read(openWeak.resolve(chart).toFile());
			assertEquals(900, image.getWidth(), chart);
		}
	}
}
