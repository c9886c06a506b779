package org.spintex.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.spintex.dsl.ide.SpintexIdeSetup;

import com.google.inject.Injector;

/**
 * The device language as the workbench uses it: one Xtext injector with the ide services of
 * {@code org.spintex.dsl.ide}, parsing a document's current text in a fresh resource set whose
 * imports resolve against the file's folder on disk.
 */
public final class DeviceLanguage {

	private static final class Holder {
		static final Injector INJECTOR = new SpintexIdeSetup().createInjectorAndDoEMFRegistration();
		static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "spintex-content-assist");
			t.setDaemon(true);
			return t;
		});
	}

	private DeviceLanguage() {
	}

	public static Injector injector() {
		return Holder.INJECTOR;
	}

	/** The threads content assist's context factory may use. */
	public static ExecutorService pool() {
		return Holder.POOL;
	}

	/** Parses {@code text} as the file at {@code uri} (its imports are read from disk). */
	public static XtextResource parse(String text, URI uri) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Collections.emptyMap());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Parses the saved text of a device file. */
	public static XtextResource parse(java.nio.file.Path file) throws IOException {
		String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
		return parse(text, URI.createFileURI(file.toAbsolutePath().toString()));
	}

	/**
	 * Syntax and validation issues of a parsed file, as {@code spintex check} reports them: the language's rules, then,
	 * when they find no error, every study compiled (one validation path for the editor and the command line).
	 */
	public static List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		List<Issue> issues = injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
		if (cancel.isCanceled() || issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
			return issues;
		}
		List<Issue> all = new java.util.ArrayList<>(issues);
		all.addAll(org.spintex.runner.study.CompileCheck.of(resource));
		return all;
	}
}
