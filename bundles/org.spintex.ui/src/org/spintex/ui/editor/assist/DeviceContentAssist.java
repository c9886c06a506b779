package org.spintex.ui.editor.assist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;
import org.spintex.ui.editor.DeviceDocuments;
import org.spintex.ui.editor.DeviceHover;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * Content assist from the language's ide services: the keywords and properties allowed where the
 * cursor is, names in scope (materials, films, wires), the words of a choice and the units of a
 * quantity. The proposal replaces the word already typed.
 */
public final class DeviceContentAssist implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		// called in a background thread by the generic editor: only the document, never the widget
		IDocument document = viewer.getDocument();
		List<ContentAssistEntry> entries = DeviceDocuments.withModel(document, resource -> {
			ContentAssistContextFactory factory = DeviceLanguage.injector().getInstance(ContentAssistContextFactory.class);
			factory.setPool(DeviceLanguage.pool());
			String text = resource.getParseResult().getRootNode().getText();
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
			IdeContentProposalAcceptor acceptor = DeviceLanguage.injector().getInstance(IdeContentProposalAcceptor.class);
			DeviceLanguage.injector().getInstance(IdeContentProposalProvider.class)
					.createProposals(Arrays.asList(contexts), acceptor);
			List<ContentAssistEntry> found = new ArrayList<>();
			acceptor.getEntries().forEach(found::add);
			return found;
		});
		List<ICompletionProposal> proposals = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (ContentAssistEntry entry : entries) {
			String proposal = entry.getProposal();
			if (proposal == null || proposal.isEmpty() || !seen.add(proposal)) {
				continue;
			}
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			String display = entry.getDescription() == null || entry.getDescription().isEmpty() ? label
					: label + " — " + entry.getDescription();
			proposals.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(), proposal.length(),
					null, display, null, entry.getDocumentation() == null ? null : DeviceHover.plain(entry.getDocumentation())));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
