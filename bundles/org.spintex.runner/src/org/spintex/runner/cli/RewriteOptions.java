package org.spintex.runner.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the commands that rewrite device files ({@code fmt}, {@code migrate}) take: files or folders, and --check. */
final class RewriteOptions {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "device files or folders (every .spintex file under it)")
	List<Path> arguments;

	@Option(names = "--check", description = "change nothing; list the files that would change and exit 1")
	boolean check;
}
