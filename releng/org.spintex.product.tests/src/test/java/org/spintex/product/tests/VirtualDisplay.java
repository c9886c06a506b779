package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Xvfb X server of our own, so UI tests run the same on a desktop, a server and CI. */
final class VirtualDisplay implements AutoCloseable {

	private final String name;
	private final Process server;

	private VirtualDisplay(String name, Process server) {
		this.name = name;
		this.server = server;
	}

	/** Starts Xvfb on the first free display number from :91 with a 1600 × 1000 true-colour screen. */
	static VirtualDisplay start() throws IOException, InterruptedException {
		requireTool("Xvfb", "xvfb");
		requireTool("xwininfo", "x11-utils");
		requireTool("import", "imagemagick");
		for (int number = 91; number < 140; number++) {
			if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
				continue;
			}
			Process server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			Path socket = Path.of("/tmp/.X11-unix/X" + number);
			for (int i = 0; i < 100 && server.isAlive() && !Files.exists(socket); i++) {
				Thread.sleep(100);
			}
			if (server.isAlive() && Files.exists(socket)) {
				return new VirtualDisplay(":" + number, server);
			}
			server.destroyForcibly();
		}
		throw new IOException("could not start Xvfb on any display from :91 to :139");
	}

	String name() {
		return name;
	}

	/** Whether a top-level window whose title contains {@code title} is mapped. */
	boolean hasWindow(String title) throws IOException, InterruptedException {
		return run("xwininfo", "-display", name, "-root", "-tree").contains(title);
	}

	/** Saves the largest window whose title contains {@code title} as a PNG. */
	void screenshot(String title, Path png) throws IOException, InterruptedException {
		Files.createDirectories(png.getParent());
		run("import", "-display", name, "-window", largestWindow(title), png.toString());
		assertTrue(Files.size(png) > 0, "empty screenshot " + png);
	}

	/** X window id of the largest window with {@code title} in its name, from xwininfo's tree. */
	private String largestWindow(String title) throws IOException, InterruptedException {
		Pattern line = Pattern.compile("(0x[0-9a-f]+) \"[^\"]*" + Pattern.quote(title) + "[^\"]*\".*?\\s(\\d+)x(\\d+)[+-]");
		String best = "root";
		long bestArea = 0;
		for (Matcher m = line.matcher(run("xwininfo", "-display", name, "-root", "-tree")); m.find();) {
			long area = Long.parseLong(m.group(2)) * Long.parseLong(m.group(3));
			if (area > bestArea) {
				bestArea = area;
				best = m.group(1);
			}
		}
		return best;
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + out);
		}
		return out;
	}

	private static void requireTool(String tool, String debianPackage) throws IOException, InterruptedException {
		Process which = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
		if (which.waitFor() != 0) {
			fail(tool + " is missing: the workbench test needs Debian's " + debianPackage
					+ " (apt-get install xvfb x11-utils imagemagick libgtk-3-0 fonts-dejavu-core; .ci/run does this)");
		}
	}

	@Override
	public void close() throws InterruptedException {
		server.destroy();
		if (!server.waitFor(10, TimeUnit.SECONDS)) {
			server.destroyForcibly();
		}
	}
}
