package org.spintex.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.spintex.dsl.formatting2.CanonicalLayout;
import org.spintex.runner.study.AtomicFiles;
import org.spintex.runner.study.DeviceFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spintex fmt}: rewrite device files in the canonical layout, or list those that are not. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
		description = "Format device files in place in the canonical layout (comments kept).")
final class FmtCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "device files")
	private List<Path> files;

	@Option(names = "--check", description = "change nothing; list files that are not formatted and exit 1")
	private boolean check;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		DeviceFiles loader = new DeviceFiles();
		CanonicalLayout layout = loader.injector().getInstance(CanonicalLayout.class);
		int unformatted = 0;
		int broken = 0;
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				out.println(file + ": error: no such file");
				broken++;
				continue;
			}
			DeviceFiles.Loaded loaded = loader.load(file);
			if (!loaded.resource().getErrors().isEmpty()) {
				loaded.resource().getErrors().forEach(e -> out.println(file + ":" + e.getLine() + ":" + e.getColumn()
						+ ": error: " + e.getMessage()));
				broken++;
				continue;
			}
			String text = Files.readString(file);
			String formatted = layout.format(loaded.resource());
			if (!formatted.equals(text)) {
				unformatted++;
				if (check) {
					out.println(file + ": not formatted");
				} else {
					AtomicFiles.write(file, formatted);
					out.println(file + ": formatted");
				}
			}
		}
		if (broken > 0) {
			return ExitCodes.BAD_INPUT;
		}
		return check && unformatted > 0 ? ExitCodes.RUN_FAILED : ExitCodes.OK;
	}
}
