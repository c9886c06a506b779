package org.spintex.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;

/** Gives every document of a device file its partitions when its buffer is created. */
public final class DeviceDocumentSetup implements IDocumentSetupParticipant {

	@Override
	public void setup(IDocument document) {
		DevicePartitions.install(document);
	}
}
