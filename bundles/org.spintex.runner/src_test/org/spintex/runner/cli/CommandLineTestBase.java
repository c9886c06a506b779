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

	int spintex(String... args) {
		return SpintexCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
	}
}
