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

/** {@code spintex fmt}: rewrite device files in the canonical layout, or list those that are not. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
		description = "Format device files in place in the canonical layout of the current language (comments kept; "
				+ "files of an older language are migrated). Folders are searched for .spintex files.")
final class FmtCommand implements Callable<Integer> {

	@Mixin
	private RewriteOptions options;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		DeviceFiles loader = new DeviceFiles();
		Migrator migrator = loader.injector().getInstance(Migrator.class);
		int unformatted = 0;
		int broken = 0;
		for (Path path : DeviceFileArguments.expand(options.arguments)) {
			Optional<DeviceFileArguments.Rewritable> loaded = DeviceFileArguments.rewritable(path, loader, out);
			if (loaded.isEmpty()) {
				broken++;
				continue;
			}
			Path file = loaded.get().file();
			String text = loaded.get().text();
			int version = loaded.get().version();
			// the canonical layout is that of the current language: an older file is migrated on the way
			Migrator.Outcome formatted = migrator.migrate(loaded.get().resource(), text);
			if (!formatted.text().equals(text)) {
				unformatted++;
				if (options.check) {
					out.println(file + (version < LanguageVersion.CURRENT ? ": language " + version + ", not formatted"
							: ": not formatted"));
				} else {
					AtomicFiles.write(file, formatted.text());
					out.println(file + (version < LanguageVersion.CURRENT ? ": migrated from language " + version
							+ MigrateCommand.describe(formatted) + " and formatted" : ": formatted"));
				}
			}
		}
		if (broken > 0) {
			return ExitCodes.BAD_INPUT;
		}
		return options.check && unformatted > 0 ? ExitCodes.RUN_FAILED : ExitCodes.OK;
	}
}
