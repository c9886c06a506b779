package org.spintex.runner.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spintex ide}: starts the Spintex workbench of this installation (the same plug-ins the
 * command line runs from) with the Equinox launcher, on the same Java runtime.
 */
@Command(name = "ide", mixinStandardHelpOptions = true, description = "Start the Spintex IDE (Eclipse workbench).")
final class IdeCommand implements Callable<Integer> {

	@Option(names = { "-w", "--workspace" }, paramLabel = "DIR",
			description = "workspace folder (default: ${DEFAULT-VALUE})")
	private Path workspace = Path.of(System.getProperty("user.home"), "spintex-workspace");

	@Parameters(paramLabel = "ECLIPSE_ARG", arity = "0..*",
			description = "passed on to the workbench after --, e.g. -- -consoleLog")
	private List<String> eclipseArguments = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, InterruptedException {
		if (isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
			spec.commandLine().getErr().println("spintex ide: no display (DISPLAY and WAYLAND_DISPLAY are unset). "
					+ "Run it from a desktop session, or under a virtual one: xvfb-run ./spintex ide");
			return ExitCodes.ENVIRONMENT;
		}
		Path plugins = pluginsFolder();
		Path launcher = plugins == null ? null : launcherJar(plugins);
		if (launcher == null) {
			spec.commandLine().getErr().println("spintex ide: this installation has no Equinox launcher next to "
					+ "the command-line bundle; build the product with ./mvnw verify (see README.md)");
			return ExitCodes.ENVIRONMENT;
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(EclipseIni.vmArguments(plugins.resolveSibling("eclipse.ini")));
		if (Runtime.version().feature() >= 24) {
			// Guice and EMF still use sun.misc.Unsafe; Java 24+ would warn on every start
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.add("-jar");
		command.add(launcher.toString());
		command.add("-data");
		command.add(workspace.toAbsolutePath().toString());
		command.add("-nosplash");
		command.addAll(eclipseArguments);
		Process workbench = new ProcessBuilder(command).inheritIO().start();
		return workbench.waitFor();
	}

	/** The plugins/ folder that holds our own bundle jar, or null when run from a development tree. */
	private static Path pluginsFolder() {
		try {
			Path self = Path.of(IdeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return Files.isRegularFile(self) ? self.getParent() : null;
		} catch (URISyntaxException e) {
			return null;
		}
	}

	private static Path launcherJar(Path plugins) throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, "org.eclipse.equinox.launcher_*.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		return null;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
