package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** The canonical layout: what any spelling of a device formats to, and that formatting it again changes nothing. */
class SpintexFormatterTest {

	private static final String CANONICAL = """
			material Py "permalloy" {
				exchange A = 13 pJ/m
				// comments stay
				damping alpha = 0.02
			}

			device D {
				film f {
					material Py
					box length 1 um width 1 um thickness 5 nm
					mesh cell 1 nm
				}
			}
			""";

	@Test
	void messyFileFormatsToTheCanonicalLayout() throws IOException {
		String messy = "material   Py \"permalloy\"{ exchange A=13 pJ/m\n\t// comments stay\n damping   alpha=0.02 }"
				+ " device D{film f{material Py box length 1 um width 1 um thickness 5 nm mesh cell 1 nm}}\n";
		assertEquals(CANONICAL, format(messy));
	}

	@Test
	void formattingIsIdempotent() throws IOException {
		assertEquals(CANONICAL, format(CANONICAL));
	}

	static String format(String text) throws IOException {
		XtextResource resource = DeviceFiles.load(text);
		ITextRegionAccess regions = DeviceFiles.INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = DeviceFiles.INJECTOR.getInstance(FormatterRequest.class).setTextRegionAccess(regions);
		var replacements = DeviceFiles.INJECTOR.getInstance(IFormatter2.class).format(request);
		String formatted = regions.getRewriter().renderToString(replacements);
		return formatted;
	}
}
