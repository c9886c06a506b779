package org.spintex.runner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM arguments of a product's eclipse.ini (the lines after {@code -vmargs}). The native
 * launcher would read them; we start the workbench through the launcher jar, so we apply them.
 */
final class EclipseIni {

	private EclipseIni() {
	}

	static List<String> vmArguments(Path eclipseIni) throws IOException {
		if (!Files.isRegularFile(eclipseIni)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(eclipseIni).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
		int vmargs = lines.indexOf("-vmargs");
		return vmargs < 0 ? List.of() : lines.subList(vmargs + 1, lines.size());
	}
}
