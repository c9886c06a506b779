package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.spintex.dsl.SpintexStandaloneSetup;
import org.spintex.dsl.spintex.Model;

import com.google.inject.Injector;

/** Parses device-file text with the standalone language, as the command line does. */
final class DeviceFiles {

	static final Injector INJECTOR = new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration();

	private DeviceFiles() {
	}

	static XtextResource load(String text) throws IOException {
		XtextResourceSet rs = INJECTOR.getInstance(XtextResourceSet.class);
		Resource r = rs.createResource(URI.createURI("memory:/device.spintex"));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Collections.emptyMap());
		return (XtextResource) r;
	}

	/** The model of syntactically valid text (fails the test on syntax errors). */
	static Model parse(String text) throws IOException {
		Resource r = load(text);
		assertTrue(r.getErrors().isEmpty(), () -> "syntax errors: " + r.getErrors());
		return (Model) r.getContents().get(0);
	}

	/** The issues of a file on disk, with the files it imports. */
	static List<Issue> validate(java.nio.file.Path file) {
		XtextResourceSet rs = INJECTOR.getInstance(XtextResourceSet.class);
		Resource r = rs.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		return INJECTOR.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static List<Issue> validate(String text) throws IOException {
		return INJECTOR.getInstance(IResourceValidator.class).validate(load(text), CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
