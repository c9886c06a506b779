package org.spintex.runner.cli;

import java.util.concurrent.Callable;

import org.spintex.dsl.catalog.LanguageReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spintex reference}: the language reference (every element, property, unit and keyword) as Markdown. */
@Command(name = "reference", mixinStandardHelpOptions = true,
		description = "Print the language reference: every element, property with its SI unit, and keyword.")
final class ReferenceCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getOut().print(LanguageReference.markdown());
		return ExitCodes.OK;
	}
}
