package org.spintex.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.ide.SpintexIdeSetup;

import com.google.inject.Injector;

/** Content assist of the language's ide services, as the editor will ask for it: at the end of a text. */
class SpintexContentAssistTest {

	private static final Injector INJECTOR = new SpintexIdeSetup().createInjectorAndDoEMFRegistration();
	private static final ExecutorService POOL = Executors.newCachedThreadPool();

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	@Test
	void materialBlockOffersItsPropertyKeywords() throws IOException {
		List<String> proposals = proposalsAtEnd("material Py {\n\t");
		for (String keyword : List.of("exchange", "saturation", "damping", "dmi", "anisotropy", "}")) {
			assertTrue(proposals.contains(keyword), keyword + " not in " + proposals);
		}
	}

	@Test
	void filmOffersTheMaterialsInScope() throws IOException {
		List<String> proposals = proposalsAtEnd("material Py { }\nmaterial CoFeB { }\ndevice D { film f { material ");
		assertTrue(proposals.containsAll(List.of("Py", "CoFeB")), proposals.toString());
	}

	@Test
	void dmiOffersItsCrystalClasses() throws IOException {
		List<String> proposals = proposalsAtEnd("material Py { dmi ");
		assertTrue(proposals.containsAll(List.of("interfacial", "bulk", "D2d")), proposals.toString());
	}

	private static List<String> proposalsAtEnd(String text) throws IOException {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/assist.spintex"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Collections.emptyMap());
		ContentAssistContextFactory factory = INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		int offset = text.length();
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = INJECTOR.getInstance(IdeContentProposalAcceptor.class);
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<String> proposals = new ArrayList<>();
		acceptor.getEntries().forEach(entry -> proposals.add(entry.getProposal()));
		return proposals;
	}
}
