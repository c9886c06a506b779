package org.spintex.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;
import org.spintex.compiler.InputJson;
import org.spintex.runner.diff.DeviceDiff;
import org.spintex.runner.diff.DeviceVersions;
import org.spintex.runner.study.DeviceFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spintex diff A B}: what changed between two versions of a device file, as physics. With {@code --git} it is
 * git's external diff driver ({@code GIT_EXTERNAL_DIFF} or {@code diff.spintex.command}), called with git's seven
 * arguments; the older version's imports are then read next to the file in the working tree.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Show what changed between two versions of a device file, as physics: parts added, removed or renamed, "
				+ "properties with both values in canonical units and their relative change, imported materials followed, and "
				+ "the studies whose compiled input changed (stale). Unit rewrites, reordering and layout are no change.",
				"As git's diff driver: git config diff.spintex.command 'spintex diff --git' and '*.spintex diff=spintex' in "
						+ ".gitattributes." })
final class DiffCommand implements Callable<Integer> {

	@Parameters(arity = "2..7", paramLabel = "FILE", description = "the older and the newer file (with --git: git's seven "
			+ "arguments, path old-file old-hex old-mode new-file new-hex new-mode)")
	private List<String> arguments;

	@Option(names = "--json", description = "write the changes as JSON")
	private boolean json;

	@Option(names = "--git", description = "called by git as its external diff driver")
	private boolean git;

	@Option(names = "--exit-code", description = "exit with 1 when the versions differ in physics (as diff does), 0 when not")
	private boolean exitCode;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
		DeviceFiles loader = new DeviceFiles();
		DeviceVersions.Version before, after;
		try {
			if (git) {
				if (arguments.size() != 7) {
					err.println("spintex diff --git takes git's seven arguments: path old-file old-hex old-mode new-file new-hex new-mode");
					return ExitCodes.BAD_INPUT;
				}
				Path path = Path.of(arguments.get(0));
				before = DeviceVersions.readAs(loader, Path.of(arguments.get(1)), path, "a/" + arguments.get(0));
				after = DeviceVersions.readAs(loader, Path.of(arguments.get(4)), path, "b/" + arguments.get(0));
			} else {
				if (arguments.size() != 2) {
					err.println("spintex diff takes two files, the older and the newer: spintex diff OLD.spintex NEW.spintex");
					return ExitCodes.BAD_INPUT;
				}
				before = DeviceVersions.read(loader, Path.of(arguments.get(0)), arguments.get(0));
				after = DeviceVersions.read(loader, Path.of(arguments.get(1)), arguments.get(1));
			}
		} catch (IOException e) {
			err.println("spintex diff: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		boolean broken = false;
		for (DeviceVersions.Version version : List.of(before, after)) {
			for (var issue : version.loaded().issues()) {
				if (issue.getSeverity() == Severity.ERROR) {
					err.println(version.name() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": error: " + issue.getMessage());
					broken = true;
				}
			}
		}
		if (broken) {
			err.println("spintex diff compares files that parse; fix the errors above first");
			return ExitCodes.BAD_INPUT;
		}
		DeviceDiff diff = DeviceDiff.of(before.name(), before.model(), after.name(), after.model());
		out.print(json ? InputJson.toText(diff.json()) : diff.text());
		out.flush();
		return exitCode && !diff.same() ? 1 : ExitCodes.OK;
	}

}
