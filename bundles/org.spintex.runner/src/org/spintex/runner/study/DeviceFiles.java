package org.spintex.runner.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.spintex.dsl.SpintexStandaloneSetup;

import com.google.inject.Injector;

/** Loads device files with the language outside Eclipse and collects syntax and validation issues. */
public final class DeviceFiles {

	/** A loaded file and its issues, in file order. */
	public record Loaded(Path file, XtextResource resource, List<Issue> issues) {
		public boolean hasErrors() {
			return issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
		}
	}

	private final Injector injector;

	public DeviceFiles() {
		injector = LanguageServices.injector();
		// EMF's global registries map the .spintex extension to one injector's resources; the workbench registers its
		// own (the editor's), so every DeviceFiles registers the runner's again, as when each made its own injector
		new SpintexStandaloneSetup().register(injector);
	}

	public Injector injector() {
		return injector;
	}

	/** The file and its imports parsed, linked and validated by the language's rules. */
	public Loaded load(Path file) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet
				.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		List<Issue> issues = new ArrayList<>(
				injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		issues.sort(Comparator.comparing(Issue::getLineNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Issue::getColumn, Comparator.nullsFirst(Comparator.naturalOrder())));
		return new Loaded(file, resource, issues);
	}

	/**
	 * What {@code spintex check} reports: the language's rules, then, when they find no error, every study compiled
	 * ({@link CompileCheck}), so that nothing check passes fails to compile.
	 */
	public Loaded check(Path file) {
		Loaded loaded = load(file);
		if (loaded.hasErrors()) {
			return loaded;
		}
		List<Issue> issues = new ArrayList<>(loaded.issues());
		issues.addAll(CompileCheck.of(loaded.resource()));
		return new Loaded(file, loaded.resource(), issues);
	}

	/** The compiler-style line {@code file:line:column: severity: message}. */
	public static String format(Path file, Issue issue) {
		String severity = switch (issue.getSeverity()) {
			case ERROR -> "error";
			case WARNING -> "warning";
			default -> "info";
		};
		return file + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + severity + ": " + issue.getMessage();
	}
}
