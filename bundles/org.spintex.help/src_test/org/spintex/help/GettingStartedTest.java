package org.spintex.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.SpintexStandaloneSetup;

import com.google.inject.Injector;

/** The tutorial's device file is one the language accepts as it stands: a reader who copies it gets no error. */
class GettingStartedTest {

	@Test
	void theTutorialsDeviceFileIsValid() throws IOException {
		String page = Files.readString(Path.of("html/getting-started.html"), StandardCharsets.UTF_8);
		Matcher sample = Pattern.compile("<pre>(material .*?)</pre>", Pattern.DOTALL).matcher(page);
		assertTrue(sample.find(), "the tutorial shows a device file");
		String text = "spintex 3\n" + sample.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
		Injector injector = new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("memory:/tutorial.spintex"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Collections.emptyMap());
		List<Issue> errors = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
	}
}
