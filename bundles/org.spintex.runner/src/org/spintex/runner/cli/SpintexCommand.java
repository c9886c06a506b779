package org.spintex.runner.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

import org.spintex.runner.study.LanguageServices;

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
		footer = { "", "Device files end in .spintex; see the examples/ folder of the Spintex repository." })
public final class SpintexCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		// no subcommand: show what there is to do
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** The subcommands, in the order the usage lists them. */
	private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, FmtCommand.class, MigrateCommand.class,
			CompileCommand.class, RunCommand.class, ReferenceCommand.class, DiffCommand.class, StatusCommand.class,
			IdeCommand.class, CommandLine.HelpCommand.class);
	/** The subcommands that read device files: their start makes the language's injector while picocli parses. */
	private static final Set<String> READ_DEVICE_FILES = Set.of("check", "fmt", "migrate", "compile", "run", "diff", "status");

	/** The picocli command line with Spintex's error handling: a message, never a stack trace; every subcommand. */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		return commandLine(out, err, null);
	}

	/**
	 * The command line for {@code args}: picocli builds the model of every option of a command by reflection (0.3 s of
	 * a one-point study's 2 s), so when the first argument names a subcommand only that one is registered; help, no
	 * argument or an unknown word get them all (the usage and picocli's suggestions list every one).
	 */
	static CommandLine commandLine(PrintWriter out, PrintWriter err, String invoked) {
		CommandLine cli = new CommandLine(new SpintexCommand());
		boolean one = invoked != null && !invoked.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(invoked));
		for (Class<?> command : SUBCOMMANDS) {
			if (!one || name(command).equals(invoked)) {
				cli.addSubcommand(name(command), command);
			}
		}
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			commandLine.getErr().println("spintex: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
			return ExitCodes.RUN_FAILED;
		});
		return cli;
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	private static String name(Class<?> command) {
		return command.getAnnotation(Command.class).name();
	}

	public static void main(String[] args) {
		// Guice, behind Xtext, by default generates a class per injected type and records a stack trace per binding for
		// its error messages: for one command in one JVM, reflection and no traces make the language's injector 0.15 s
		// faster (the generated classes also escape the launcher's class-data archive). A -D given to the JVM wins.
		setIfAbsent("guice_bytecode_gen_option", "DISABLED");
		setIfAbsent("guice_include_stack_traces", "OFF");
		String invoked = args.length > 0 ? args[0] : null;
		if (invoked != null && READ_DEVICE_FILES.contains(invoked)) {
			// the language's injector (0.7 s on one core) is made on the other core while the command line is parsed
			LanguageServices.prepareInBackground();
		}
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		int code = commandLine(out, err, invoked).execute(args);
		// autoflush acts on println only: a command that ends with print (compile's JSON) must not lose its tail
		out.flush();
		err.flush();
		System.exit(code);
	}
}
