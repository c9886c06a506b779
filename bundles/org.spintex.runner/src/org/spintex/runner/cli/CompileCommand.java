package org.spintex.runner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;

import com.google.gson.JsonArray;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spintex compile}: print the compiled engine input of a study as JSON, with its hash. */
@Command(name = "compile", mixinStandardHelpOptions = true,
		description = "Print the compiled input of a study (SI units, one entry per sweep point) as JSON.")
final class CompileCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "the device file")
	private Path file;

	@Option(names = "--study", paramLabel = "NAME", description = "the study (needed when the file has several)")
	private String study;

	@Option(names = "--set", paramLabel = "PATH=QUANTITY", description = "override a parameter, e.g. magnet.thickness=5nm")
	private List<String> sets = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		try {
			List<CompiledPoint> points = StudySelection.compile(file, study, sets, spec.commandLine().getErr());
			JsonArray list = new JsonArray();
			points.forEach(point -> list.add(InputJson.toJson(point)));
			spec.commandLine().getOut().print(InputJson.toText(list));
			return ExitCodes.OK;
		} catch (StudySelection.BadInput e) {
			spec.commandLine().getErr().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
	}
}
