package org.spintex.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.spintex.runner.study.DeviceFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spintex check}: parse and validate device files, report problems as file:line:column. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Parse and validate .spintex device files; print each problem as file:line:column.")
final class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "device files or folders to check")
	private List<Path> arguments;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		// diagnostics go to standard output, in file order, so that scripts can read them with the summary
		PrintWriter out = spec.commandLine().getOut();
		DeviceFiles loader = new DeviceFiles();
		int errors = 0;
		int warnings = 0;
		List<Path> files = DeviceFileArguments.expand(arguments);
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				out.println(file + ": error: no such file");
				errors++;
				continue;
			}
			for (Issue issue : loader.check(file).issues()) {
				boolean error = issue.getSeverity() == Severity.ERROR;
				out.println(DeviceFiles.format(file, issue));
				if (error) {
					errors++;
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				}
			}
		}
		out.printf("%d file%s checked: %d error%s, %d warning%s%n", files.size(), files.size() == 1 ? "" : "s",
				errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
		return errors == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
	}
}
