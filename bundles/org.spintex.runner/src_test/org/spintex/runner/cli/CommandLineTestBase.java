package org.spintex.runner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The spintex command line in-process, with what it prints kept for the assertions. */
abstract class CommandLineTestBase {

	@TempDir
	Path dir;

	final StringWriter out = new StringWriter();
	final StringWriter err = new StringWriter();

	/** As the launcher's main builds it: only the subcommand named first, every one for help or an unknown word. */
	int spintex(String... args) {
		return SpintexCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args.length > 0 ? args[0] : null)
				.execute(args);
	}
}
