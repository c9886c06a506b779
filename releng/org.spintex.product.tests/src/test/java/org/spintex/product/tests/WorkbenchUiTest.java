package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench tests of {@code org.spintex.ui.tests}, run inside the real product: the bundle and
 * JUnit are installed into a configuration of their own beside the materialised product (the
 * product itself is not touched), {@code ./spintex ide} starts with that configuration on a
 * virtual display, the tests run once the workbench is up and write a report, and the workbench
 * closes. Screenshots land in target/screenshots/.
 */
class WorkbenchUiTest {

	private static final long TIMEOUT_MINUTES = 12;
	/** The workbench tests: DeviceEditorTest 8, ProblemMarkerTest 3, StudyLaunchTest 2, ResultViewsTest 4, WizardTest 3, PreferencesTest 1, RunningTest 4, WelcomeTest 1, RenameTest 1, HelpTest 1. */
	private static final int EXPECTED_TESTS = 37;

	@TempDir
	Path tmp;

	@Test
	void workbenchTestsPassInTheProduct() throws Exception {
		Path product = Installation.productDir();
		Path configuration = configurationWithTestBundles(product, tmp.resolve("configuration"));
		Path screenshots = Path.of(System.getProperty("spintex.screenshot.dir"));
		Path report = tmp.resolve("report.txt");
		Path consoleLog = screenshots.resolve("workbench-tests-console.log");
		Files.createDirectories(screenshots);
		try (VirtualDisplay display = VirtualDisplay.start()) {
			ProcessBuilder builder = new ProcessBuilder(Installation.spintexScript().toString(), "ide", "--workspace",
					tmp.resolve("workspace").toString(), "--", "-configuration", configuration.toUri().toString(),
					"-consoleLog").redirectErrorStream(true).redirectOutput(consoleLog.toFile());
			builder.environment().put("SPINTEX_HOME", product.toString());
			builder.environment().put("DISPLAY", display.name());
			builder.environment().remove("WAYLAND_DISPLAY");
			builder.environment().put("SPINTEX_UITEST_REPORT", report.toString());
			builder.environment().put("SPINTEX_UITEST_SCREENSHOTS", screenshots.toString());
			builder.environment().put("SPINTEX_UITEST_EXAMPLES",
					Path.of(System.getProperty("spintex.repository.root")).resolve("examples").toString());
			Process ide = builder.start();
			try {
				if (!ide.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
					fail("the workbench tests did not end within " + TIMEOUT_MINUTES + " min; report so far:\n"
							+ read(report) + "\nconsole:\n" + tail(consoleLog));
				}
			} finally {
				ide.descendants().forEach(ProcessHandle::destroyForcibly);
				ide.destroyForcibly();
			}
		}
		String text = read(report);
		// the start-up time is reported, not asserted: timing belongs to benchmarks, not tests
		text.lines().filter(l -> l.startsWith("STARTUP ")).findFirst().ifPresent(line -> {
			System.out.println("workbench start-up (JVM start to open window): " + line.substring("STARTUP ".length()));
			try {
				Files.writeString(screenshots.resolve("workbench-startup.txt"), line.substring("STARTUP ".length()) + "\n");
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		assertTrue(text.contains("DONE"), "the workbench tests never finished; report:\n" + text + "\nconsole:\n" + tail(consoleLog));
		List<String> failed = text.lines().filter(l -> l.startsWith("FAILED")).toList();
		assertEquals(List.of(), failed, "workbench tests failed; report:\n" + text);
		long passed = text.lines().filter(l -> l.startsWith("PASSED")).count();
		assertEquals(EXPECTED_TESTS, passed, "workbench tests that ran and passed; report:\n" + text);
	}

	/**
	 * A copy of the product's configuration whose bundle list also holds the workbench-test bundle
	 * and JUnit, by absolute location.
	 */
	private static Path configurationWithTestBundles(Path product, Path configuration) throws IOException {
		Path source = product.resolve("configuration");
		Files.createDirectories(configuration.resolve("org.eclipse.equinox.simpleconfigurator"));
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(source.resolve("config.ini"))) {
			config.load(in);
		}
		config.setProperty("eclipse.p2.data.area", product.resolve("p2").toUri().toString());
		try (var out = Files.newOutputStream(configuration.resolve("config.ini"))) {
			config.store(out, "the product's configuration plus the workbench tests");
		}
		List<String> bundles = new ArrayList<>(
				Files.readAllLines(source.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info")));
		Path extra = Path.of(System.getProperty("spintex.workbench.test.bundles"));
		try (Stream<Path> jars = Files.list(extra)) {
			for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
				try (JarFile file = new JarFile(jar.toFile())) {
					Manifest manifest = file.getManifest();
					String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
					String version = manifest.getMainAttributes().getValue("Bundle-Version").strip();
					bundles.add(name + "," + version + "," + jar.toUri() + ",4,false");
				}
			}
		}
		Files.write(configuration.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info"), bundles);
		return configuration;
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no report)";
	}

	private static String tail(Path file) throws IOException {
		List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
	}
}
