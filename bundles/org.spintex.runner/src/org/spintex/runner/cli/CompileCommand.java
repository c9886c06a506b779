package org.spintex.runner.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;
import org.spintex.runner.study.StudySelection;

import com.google.gson.JsonArray;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code spintex compile}: print the compiled engine input of a study as JSON, with its hash. */
@Command(name = "compile", mixinStandardHelpOptions = true,
		description = "Print the compiled input of a study (SI units, one entry per sweep point) as JSON.")
final class CompileCommand implements Callable<Integer> {

	@Mixin
	private StudyArguments arguments;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		try {
			List<CompiledPoint> points = arguments.compile(spec.commandLine().getErr());
			JsonArray list = new JsonArray();
			points.forEach(point -> list.add(InputJson.toJson(point)));
			spec.commandLine().getOut().print(InputJson.toText(list));
			spec.commandLine().getOut().flush();
			return ExitCodes.OK;
		} catch (StudySelection.BadInput e) {
			spec.commandLine().getErr().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
	}
}
