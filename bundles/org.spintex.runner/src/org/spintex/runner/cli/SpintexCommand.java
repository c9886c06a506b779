package org.spintex.runner.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code spintex} command line: device files in, diagnostics and results out, for scripts and
 * clusters; the same studies the IDE runs.
 */
@Command(name = "spintex", mixinStandardHelpOptions = true, versionProvider = SpintexVersion.class,
		description = "Model devices built on topological spin textures: check device files, "
				+ "run their studies, open the Spintex IDE.",
		subcommands = { CheckCommand.class, FmtCommand.class, MigrateCommand.class, CompileCommand.class, RunCommand.class,
				ReferenceCommand.class, DiffCommand.class, StatusCommand.class, IdeCommand.class, CommandLine.HelpCommand.class },
		footer = { "", "Device files end in .spintex; see the examples/ folder of the Spintex repository." })
public final class SpintexCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		// no subcommand: show what there is to do
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** The picocli command line with Spintex's error handling: a message, never a stack trace. */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new SpintexCommand());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			commandLine.getErr().println("spintex: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
			return ExitCodes.RUN_FAILED;
		});
		return cli;
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		int code = commandLine(out, err).execute(args);
		// autoflush acts on println only: a command that ends with print (compile's JSON) must not lose its tail
		out.flush();
		err.flush();
		System.exit(code);
	}
}
