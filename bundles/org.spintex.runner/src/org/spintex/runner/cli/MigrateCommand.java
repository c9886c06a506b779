package org.spintex.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.spintex.dsl.migration.LanguageVersion;
import org.spintex.dsl.migration.Migrator;
import org.spintex.runner.study.AtomicFiles;
import org.spintex.runner.study.DeviceFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code spintex migrate}: rewrite files of an older device language in the current one. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
		description = "Rewrite device files written in an older language in the current one (language "
				+ LanguageVersion.CURRENT + "), in canonical layout, comments kept. Folders are searched for .spintex files.")
final class MigrateCommand implements Callable<Integer> {

	@Mixin
	private RewriteOptions options;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		DeviceFiles loader = new DeviceFiles();
		Migrator migrator = loader.injector().getInstance(Migrator.class);
		int older = 0;
		int broken = 0;
		List<Path> files = DeviceFileArguments.expand(options.arguments);
		for (Path path : files) {
			Optional<DeviceFileArguments.Rewritable> loaded = DeviceFileArguments.rewritable(path, loader, out);
			if (loaded.isEmpty()) {
				broken++;
				continue;
			}
			Path file = loaded.get().file();
			int version = loaded.get().version();
			if (version == LanguageVersion.CURRENT) {
				continue;
			}
			older++;
			if (options.check) {
				out.println(file + ": language " + version);
				continue;
			}
			Migrator.Outcome outcome = migrator.migrate(loaded.get().resource(), loaded.get().text());
			AtomicFiles.write(file, outcome.text());
			out.println(file + ": migrated from language " + version + " to " + LanguageVersion.CURRENT + describe(outcome));
		}
		out.printf("%d file%s: %d in an older language%s%n", files.size(), files.size() == 1 ? "" : "s", older,
				options.check || older == 0 ? "" : ", migrated");
		if (broken > 0) {
			return ExitCodes.BAD_INPUT;
		}
		return options.check && older > 0 ? ExitCodes.RUN_FAILED : ExitCodes.OK;
	}

	static String describe(Migrator.Outcome outcome) {
		return outcome.changes().isEmpty() ? "" : " (" + String.join("; ", outcome.changes()) + ")";
	}
}
