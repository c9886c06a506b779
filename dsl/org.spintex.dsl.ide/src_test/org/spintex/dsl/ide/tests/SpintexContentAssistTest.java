package org.spintex.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.ide.PropertyHover;
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
	void aStudysLinkOffersOnlyThePartsOfItsKind() throws IOException {
		String device = """
				material Py { }
				device D {
					film strip { material Py }
					contact lead on strip.west { }
					texture bubble : skyrmion { }
					study relax : micromagnetic {
						""";
		List<String> films = proposalsAtEnd(device + "film ");
		assertTrue(films.contains("strip"), films.toString());
		assertTrue(!films.contains("lead") && !films.contains("bubble"), "a film link offers films only: " + films);
		List<String> textures = proposalsAtEnd(device + "initial-state ");
		assertTrue(textures.contains("bubble") && !textures.contains("strip"), textures.toString());
	}

	@Test
	void dmiOffersItsCrystalClasses() throws IOException {
		List<String> proposals = proposalsAtEnd("material Py { dmi ");
		assertTrue(proposals.containsAll(List.of("interfacial", "bulk", "D2d")), proposals.toString());
	}

	@Test
	void onlyTheElementsOwnPropertiesAreOffered() throws IOException {
		List<String> material = proposalsAtEnd("material Py {\n\t");
		assertTrue(!material.contains("current") && !material.contains("sites"), material.toString());
		List<String> contact = proposalsAtEnd("device D { contact c on f.west {\n\t");
		assertTrue(contact.containsAll(List.of("current", "polarization", "spin-hall-angle")), contact.toString());
		assertTrue(!contact.contains("exchange"), contact.toString());
	}

	@Test
	void textureKindsAreOffered() throws IOException {
		List<String> proposals = proposalsAtEnd("device D { texture t : ");
		assertTrue(proposals.containsAll(List.of("skyrmion", "domain-wall", "vortex", "spiral", "from-file")),
				proposals.toString());
	}

	@Test
	void choicesOfferTheirWords() throws IOException {
		List<String> proposals = proposalsAtEnd("device D { texture t : skyrmion { chirality ");
		assertTrue(proposals.containsAll(List.of("neel", "bloch")), proposals.toString());
	}

	@Test
	void propertiesComeWithTheirMeaningAndUnit() throws IOException {
		ContentAssistEntry exchange = entriesAtEnd("material Py {\n\t").stream()
				.filter(e -> "exchange".equals(e.getProposal())).findFirst().orElseThrow();
		assertEquals("exchange stiffness [J/m]", exchange.getDescription());
		assertTrue(exchange.getDocumentation().startsWith("**exchange** (A): exchange stiffness."),
				exchange.getDocumentation());
	}

	@Test
	void quantitiesOfferTheirUnits() throws IOException {
		List<String> proposals = proposalsAtEnd("material Py { exchange A = 13 ");
		assertTrue(proposals.containsAll(List.of("pJ/m", "J/m")), proposals.toString());
	}

	@Test
	void highlightingMarksPropertiesSymbolsUnitsAndChoices() throws IOException {
		String text = "device D { texture t : skyrmion { chirality neel } environment { temperature T = 20 K } }";
		List<String> marked = new ArrayList<>();
		INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(load(text),
				(offset, length, styles) -> marked.add(text.substring(offset, offset + length) + "=" + styles[0]),
				CancelIndicator.NullImpl);
		assertEquals(List.of("chirality=spintex.property", "neel=spintex.choice", "temperature=spintex.property",
				"T=spintex.symbol", "K=spintex.unit"), marked);
	}

	@Test
	void hoverExplainsThePropertyWithItsUnitAndSource() throws IOException {
		String text = "material Py { dmi interfacial D = 3 mJ/m^2 }";
		String hover = INJECTOR.getInstance(PropertyHover.class).at(load(text), text.indexOf("dmi") + 1).orElseThrow();
		assertTrue(hover.startsWith("**dmi** (D): Dzyaloshinskii–Moriya constant"), hover);
		assertTrue(hover.contains("SI unit: J/m^2, e.g. `dmi 1 mJ/m^2`") && hover.contains("Source: seed 000 eq. (26)"),
				hover);
	}

	private static XtextResource load(String text) throws IOException {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/hl.spintex"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Collections.emptyMap());
		return resource;
	}

	@Test
	void afterANumberTheUnitsOfItsKindComeFirstWithEveryPrefix() throws IOException {
		List<String> proposals = proposalsAtEnd("material Py {\n\texchange A = 13 ");
		assertEquals(List.of("pJ/m", "J/m"), proposals.subList(0, 2), "the typical unit, then the SI unit: " + proposals);
		for (String unit : List.of("fJ/m", "nJ/m", "uJ/m", "mJ/m", "kJ/m")) {
			assertTrue(proposals.contains(unit), unit + " in " + proposals);
		}
		int firstWord = proposals.indexOf("saturation");
		int lastUnit = proposals.indexOf("kJ/m");
		assertTrue(firstWord < 0 || lastUnit < firstWord, "units before the next property's name: " + proposals);
		List<String> energies = proposalsAtEnd("device D { environment { temperature T = 20 K } wire w { hopping gamma = 1 ");
		assertTrue(energies.containsAll(List.of("meV", "eV", "J")), energies.toString());
	}

	private static List<String> proposalsAtEnd(String text) throws IOException {
		List<String> proposals = new ArrayList<>();
		entriesAtEnd(text).forEach(entry -> proposals.add(entry.getProposal()));
		return proposals;
	}

	private static List<ContentAssistEntry> entriesAtEnd(String text) throws IOException {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/assist.spintex"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Collections.emptyMap());
		ContentAssistContextFactory factory = INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		int offset = text.length();
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = INJECTOR.getInstance(IdeContentProposalAcceptor.class);
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}
}
