package org.spintex.ui.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the workbench tests inside the started workbench when the environment variable
 * {@code SPINTEX_UITEST_REPORT} names a report file, then closes the workbench. The report has one
 * line per test, {@code PASSED name} or {@code FAILED name}, followed by the failure's message and
 * stack, and ends with {@code DONE}. The engine is registered by hand: service loading does not
 * cross bundle class loaders.
 */
public final class WorkbenchTestDriver implements IStartup {

	static final List<Class<?>> TESTS = List.of(DeviceEditorTest.class, ProblemMarkerTest.class, StudyLaunchTest.class,
			ResultViewsTest.class, TextureViewResponsivenessTest.class, RunFailureTest.class, WizardTest.class,
			PreferencesTest.class, EngineRuntimeTest.class, RunningTest.class, WelcomeTest.class, RenameTest.class, HelpTest.class,
			StackViewsTest.class, CompareTest.class, StaleRunTest.class, SlurmLaunchTest.class);

	@Override
	public void earlyStartup() {
		String report = System.getenv("SPINTEX_UITEST_REPORT");
		if (report == null || report.isBlank()) {
			return;
		}
		Path file = Path.of(report);
		// the workbench is up (early start-up runs once its window is open): how long that took since the JVM began
		long startup = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		append(file, "STARTUP " + startup + " ms\n");
		try {
			// a roomy window for the tests and their screenshots (the virtual display has no window manager)
			Workbench.ui(() -> {
				var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
				var screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
				shell.setBounds(screen.x, screen.y, Math.min(screen.width, 1440), Math.min(screen.height, 900));
			});
			run(file);
		} catch (RuntimeException | Error e) {
			append(file, "FAILED driver\n" + stack(e));
		} finally {
			append(file, "DONE\n");
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	private static void run(Path file) {
		Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
				.enableLauncherSessionListenerAutoRegistration(false).enableLauncherDiscoveryListenerAutoRegistration(false)
				.enablePostDiscoveryFilterAutoRegistration(false).enableTestExecutionListenerAutoRegistration(false)
				.addTestEngines(new JupiterTestEngine()).build());
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
				.selectors(TESTS.stream().map(DiscoverySelectors::selectClass).toList())
				.configurationParameter("junit.jupiter.testmethod.order.default",
						"org.junit.jupiter.api.MethodOrderer$OrderAnnotation")
				.build();
		launcher.execute(request, new TestExecutionListener() {
			@Override
			public void executionFinished(TestIdentifier test, TestExecutionResult result) {
				if (!test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
					return;
				}
				String name = test.getUniqueIdObject().getSegments().stream()
						.filter(s -> s.getType().equals("class") || s.getType().equals("method"))
						.map(s -> s.getValue().replaceFirst("^org\\.spintex\\.ui\\.tests\\.", ""))
						.reduce((a, b) -> a + "." + b).orElse(test.getDisplayName());
				if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
					append(file, "PASSED " + name + "\n");
				} else {
					append(file, "FAILED " + name + "\n"
							+ result.getThrowable().map(WorkbenchTestDriver::stack).orElse(result.getStatus() + "\n"));
				}
			}

			@Override
			public void executionSkipped(TestIdentifier test, String reason) {
				append(file, "FAILED " + test.getDisplayName() + " (skipped: " + reason + ")\n");
			}
		});
	}

	private static String stack(Throwable e) {
		StringWriter text = new StringWriter();
		e.printStackTrace(new PrintWriter(text));
		return text.toString().lines().map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n");
	}

	private static synchronized void append(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
