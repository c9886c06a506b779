package org.spintex.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.spintex.dsl.ide.contentassist.SpintexContentProposals;
import org.spintex.dsl.ide.highlighting.SpintexHighlighting;

/** Guice bindings of the language's editor services (content assist, highlighting); no Eclipse UI needed. */
public class SpintexIdeModule extends AbstractSpintexIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return SpintexContentProposals.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return SpintexHighlighting.class;
	}
}
