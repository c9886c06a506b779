package org.spintex.toystudy;

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
import org.spintex.runner.cli.ExitCodes;
import org.spintex.runner.cli.SpintexCommand;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The toy kind through the unchanged {@code spintex} command line: checked against its own catalog entry, compiled,
 * run and written like any built-in kind, and its motion right: for B along z the LLG equation has the closed form
 * φ(t) = γ' B t and tan(θ/2) = tan(θ0/2) exp(−α γ' B t), with γ' = γ/(1 + α²).
 */
class LarmorStudyKindTest {

	/** CODATA 2018: the electron's gyromagnetic ratio γe = 1.76085963023e11 s⁻¹ T⁻¹. */
	private static final double GAMMA = 1.76085963023e11;

	private static final String DEVICE = """
			spintex 3

			device Toy "one moment in a field" {
				study spin : larmor {
					applied-field B = 50 mT
					cone-angle 30 deg
					damping alpha = 0.1
					duration 0.5 ns
				}
			}
			""";

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int spintex(String... args) {
		return SpintexCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
	}

	@Test
	void aStudyKindFromItsOwnBundleRunsFromTheCommandLineAndFollowsTheClosedForm() throws IOException {
		Path file = Files.writeString(dir.resolve("toy.spintex"), DEVICE);
		assertEquals(ExitCodes.OK, spintex("check", file.toString()), err.toString());
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", dir.resolve("runs").toString(), "--quiet"),
				err.toString());
		Path point = dir.resolve("runs/Toy/spin");
		assertEquals("completed", Files.readString(point.resolve("status")).strip());
		JsonObject results = JsonParser.parseString(Files.readString(point.resolve("results.json"))).getAsJsonObject()
				.getAsJsonObject("results");

		double b = 0.05, theta0 = Math.toRadians(30), alpha = 0.1, t = 0.5e-9;
		double rate = GAMMA * b / (1 + alpha * alpha);
		double theta = 2 * Math.atan(Math.tan(theta0 / 2) * Math.exp(-alpha * rate * t));
		assertEquals(theta, results.getAsJsonObject("final-polar-angle").get("value").getAsDouble(), 1e-9);
		assertEquals(rate * t, results.getAsJsonObject("final-azimuth").get("value").getAsDouble(), 1e-8);
		List<String> rows = Files.readAllLines(point.resolve("trajectory.csv"));
		assertEquals(2002, rows.size(), "the header, t = 0 and 2000 RK4 steps");
		assertTrue(Files.readString(point.resolve("input.json")).contains("\"fieldTesla\": 0.05"));
	}

	@Test
	void itsCatalogEntryChecksUnitsAndIsInTheLanguageReference() throws IOException {
		Path file = Files.writeString(dir.resolve("bad.spintex"), DEVICE.replace("cone-angle 30 deg", "cone-angle 30 mT"));
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", file.toString()));
		String said = out.toString() + err;
		assertTrue(said.contains("bad.spintex:6:"), said);
		assertTrue(said.contains("an angle"), said);

		assertEquals(ExitCodes.OK, spintex("reference"));
		assertTrue(out.toString().contains("study larmor"), "the reference lists the registered kind");
		assertTrue(out.toString().contains("applied-field"));
	}
}
