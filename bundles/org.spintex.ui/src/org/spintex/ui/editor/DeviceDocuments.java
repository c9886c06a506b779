package org.spintex.ui.editor;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Where a document of the editor comes from, and its parsed model for the current text: parsed
 * once per modification and shared by the reconciler, hover, hyperlinks and outline.
 */
public final class DeviceDocuments {

	private record Parsed(long stamp, XtextResource resource) {
	}

	private static final Map<IDocument, Parsed> CACHE = new WeakHashMap<>();

	private DeviceDocuments() {
	}

	/** The workspace file the document is the buffer of, if it is one. */
	public static Optional<IFile> fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return Optional.empty();
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? Optional.of(file) : Optional.empty();
	}

	/**
	 * The document's file as a file URI, so that {@code import "lib.spintex"} resolves beside it
	 * on disk as on the command line; a synthetic URI for a document that is no file.
	 */
	public static URI uriOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getFileStore() != null) {
			java.net.URI location = buffer.getFileStore().toURI();
			if ("file".equals(location.getScheme())) {
				return URI.createFileURI(new java.io.File(location).getAbsolutePath());
			}
		}
		return URI.createURI("inmemory:/document" + System.identityHashCode(document) + ".spintex");
	}

	/**
	 * Applies {@code reader} to the model of the document's current text (parsed now if the text
	 * changed since the last call). Readers of one model take turns: resolving references changes it.
	 */
	public static <T> T withModel(IDocument document, Function<XtextResource, T> reader) {
		XtextResource resource = parsed(document);
		synchronized (resource) {
			return reader.apply(resource);
		}
	}

	private static XtextResource parsed(IDocument document) {
		long stamp = document instanceof IDocumentExtension4 d ? d.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		synchronized (CACHE) {
			Parsed cached = CACHE.get(document);
			if (cached != null && cached.stamp == stamp && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
				return cached.resource;
			}
		}
		String text = document.get();
		XtextResource resource = DeviceLanguage.parse(text, uriOf(document));
		synchronized (CACHE) {
			CACHE.put(document, new Parsed(stamp, resource));
		}
		return resource;
	}
}
