package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real product, started by {@code ./spintex ide} on a virtual display: the workbench window
 * opens in the Spintex perspective, the Texture view paints its colour-wheel skyrmion, and nothing
 * is logged as an error. Saves target/screenshots/workbench.png.
 */
class WorkbenchTest {

	private static final long START_TIMEOUT_SECONDS = 180;
	private static final Pattern ERROR_ENTRY = Pattern.compile("(?m)^!ENTRY (\\S+) 4 .*\\R!MESSAGE (.*)$");

	@TempDir
	Path tmp;

	@Test
	void workbenchStartsInTheSpintexPerspective() throws Exception {
		Path consoleLog = Path.of(System.getProperty("spintex.screenshot.dir")).resolve("workbench-console.log");
		Path screenshot = Path.of(System.getProperty("spintex.screenshot.dir")).resolve("workbench.png");
		Files.createDirectories(consoleLog.getParent());
		try (VirtualDisplay display = VirtualDisplay.start()) {
			ProcessBuilder builder = new ProcessBuilder(Installation.spintexScript().toString(), "ide",
					"--workspace", tmp.resolve("workspace").toString(), "--", "-consoleLog")
					.redirectErrorStream(true).redirectOutput(consoleLog.toFile());
			builder.environment().put("SPINTEX_HOME", Installation.productDir().toString());
			builder.environment().put("DISPLAY", display.name());
			builder.environment().remove("WAYLAND_DISPLAY");
			Process ide = builder.start();
			try {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
				boolean shown = false;
				while (!shown && ide.isAlive() && System.nanoTime() < deadline) {
					Thread.sleep(1000);
					shown = display.hasWindow("- Spintex");
				}
				assertTrue(shown, "no Spintex workbench window within " + START_TIMEOUT_SECONDS + " s (alive: "
						+ ide.isAlive() + "); console:\n" + Files.readString(consoleLog));
				// let the views lay out and paint before taking the picture
				Thread.sleep(8000);
				display.screenshot("- Spintex", screenshot);
			} finally {
				ide.descendants().forEach(ProcessHandle::destroy);
				ide.destroy();
				ide.waitFor(20, TimeUnit.SECONDS);
				ide.descendants().forEach(ProcessHandle::destroyForcibly);
				ide.destroyForcibly();
			}
		}
		assertEquals(List.of(), errorEntries(Files.readString(consoleLog, StandardCharsets.UTF_8)),
				"errors logged by the workbench (see " + consoleLog + ")");
		assertTrue(showsColourWheel(ImageIO.read(screenshot.toFile())),
				"the Texture view's colour-wheel skyrmion is not on the screen (see " + screenshot + ")");
	}

	private static List<String> errorEntries(String log) {
		Matcher m = ERROR_ENTRY.matcher(log);
		return m.results().map(r -> r.group(1) + ": " + r.group(2)).toList();
	}

	/**
	 * The skyrmion is the only thing on a default workbench with saturated red, green and blue pixels
	 * together: the in-plane directions 0°, 120° and 240° of its wall.
	 */
	private static boolean showsColourWheel(BufferedImage image) {
		boolean red = false, green = false, blue = false;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
				red |= r > 200 && g < 60 && b < 60;
				green |= g > 200 && r < 60 && b < 60;
				blue |= b > 200 && r < 60 && g < 60;
			}
		}
		return red && green && blue;
	}
}
